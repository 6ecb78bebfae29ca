/* SIGL after CALL and SIGNAL; RC after commands */
call where
say 'rc before command' symbol('RC')
'exit 0'
say 'rc' rc
'exit 12'
say 'rc' rc
call where
signal lab
lab:
say 'sigl after signal' sigl
exit
where:
  say 'called from line' sigl
  return
