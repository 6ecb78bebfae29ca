/* NORMAL means the standard stream is not redirected */
address system 'echo to normal output' with output normal
address system 'echo captured' with output stem c. error normal
say 'captured:' c.1
address system with output stem d.
'echo default redirection'
say 'default stem:' d.0 d.1
address system with output normal
'echo back to normal'
