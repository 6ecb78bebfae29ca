#!/usr/bin/env rexxlite
/* test-proxmox-cow.rexx - Proxmox LXC copy-on-write cloning, for real.
 *
 * The seed's test (ADDRESS-PROXMOX.md): create a container, register it as a template base,
 * make three linked clones and time them, verify them, prove copy-on-write isolation, clean
 * up. Runs on the local engine (real LXC containers on this host) by default; needs root and
 * the busybox template (bash scripts/setup-host.sh builds it). VMIDs are assigned by the
 * engine, so it never collides with other containers, and everything it made is removed
 * again, also when a step fails.
 */
REQUIRE "cwd:extras/addresses/proxmox-address/proxmox-address.js"
ADDRESS PROXMOX

template = "local:vztmpl/rexxlite-busybox_1.0_amd64.tar.gz"
baseName = "cow-base-" || random(1, 99999)
base = ""
made = ""          /* the clones made so far, newest first: what Cleanup removes */

SIGNAL ON ERROR NAME Trouble
SIGNAL ON FAILURE NAME Trouble
SIGNAL ON SYNTAX NAME Trouble

SAY "=== Proxmox LXC CoW Cloning Test ==="
SAY ""

/* Test 1 */
SAY "Test 1: Check handler status..."
"status"
SAY "  Runtime:" RESULT.runtime "(backend:" RESULT.backend")"
IF \RESULT.available THEN DO
  SAY "  ❌ Proxmox handler not available:" RESULT.reason
  EXIT 1
END
SAY "  ✅ Proxmox handler ready"
SAY ""

/* Test 2 */
SAY "Test 2: Creating container..."
"create template="template "hostname=cow-base memory=256"
base = RESULT.vmid
SAY "  ✅ Container created:" base
SAY ""

/* Test 3 */
SAY "Test 3: Registering as template base..."
"register_base name="baseName "vmid="base
SAY "  ✅ Template base registered:" baseName
SAY ""

/* Test 4 */
SAY "Test 4: Cloning from base (3 linked clones)..."
total = 0
DO i = 1 TO 3
  "clone_from_base base="baseName "hostname=container-"i
  clone.i = RESULT.vmid
  made = clone.i made
  total = total + RESULT.cloneTimeMs
  SAY "  ✅ Clone" i "completed in" RESULT.cloneTimeMs "ms (method:" RESULT.method")"
END
SAY ""
SAY "📊 Clone Performance:"
SAY "  Average time:" format(total / 3, , 2) "ms per clone"
SAY "  Method: Proxmox template linked clone (overlayfs copy-on-write)"
SAY ""

/* Test 5 */
SAY "Test 5: Verifying clones..."
"list"
mine = 0
DO i = 1 TO RESULT.containers.0
  IF RESULT.containers.i.vmid = base | RESULT.containers.i.clonedFrom = base THEN
    mine = mine + 1
END
IF mine = 4 THEN
  SAY "  ✅ Total containers: 4 (expected 4: 1 base + 3 clones)"
ELSE DO
  SAY "  ❌ Total containers:" mine "(expected 4: 1 base + 3 clones)"
  CALL Cleanup
  EXIT 1
END
SAY ""

/* Test 6 */
SAY "Test 6: Copy-on-write isolation (start 2 clones)..."
"start vmid="clone.1
"start vmid="clone.2
"execute vmid="clone.1 "command=hostname"
name1 = RESULT
"execute vmid="clone.1 "command='echo written-in-clone-1 > /root/cow-test'"
"execute vmid="clone.2 "command='test -e /root/cow-test && echo present || echo absent'"
seen = RESULT
IF name1 = "container-1" & seen = "absent" THEN
  SAY "  ✅ Clone 1 runs as" name1"; its new file is not seen by clone 2"
ELSE DO
  SAY "  ❌ Isolation check failed: hostname" name1", file in clone 2" seen
  CALL Cleanup
  EXIT 1
END
"stop vmid="clone.1
"stop vmid="clone.2
SAY ""

CALL Cleanup
SAY ""
SAY "Proxmox CoW Summary:"
SAY "  • Template-based linked clones (pct template / pct clone semantics)"
SAY "  • Copy-on-write rootfs (overlayfs): a clone stores only its changes"
SAY "  • Average clone time:" format(total / 3, , 2) "ms"
SAY "  • Real LXC containers, Proxmox-format configs, no Proxmox node needed"
EXIT 0

Cleanup:
  SIGNAL OFF ERROR
  SIGNAL OFF FAILURE
  SAY "Cleanup: removing" words(made) "clones and the base..."
  DO WHILE made \= ""
    PARSE VAR made vmid made
    "destroy vmid="vmid "force=1"
  END
  IF base \= "" THEN "destroy vmid="base "force=1"
  SAY "  ✅ Cleaned up"
  RETURN

Trouble:
  what = condition("C")
  line = sigl
  SELECT
    WHEN what = "SYNTAX" THEN why = "Error" rc":" errortext(rc)
    WHEN symbol("RESULT.ERROR") = "VAR" THEN why = RESULT.error
    OTHERWISE why = condition("D")
  END
  SAY "  ❌" what "in line" line":" why
  IF pos("does not exist", why) > 0 & pos("vztmpl", why) > 0 THEN
    SAY "     (build the templates first: bash scripts/setup-host.sh)"
  CALL Cleanup
  EXIT 1
