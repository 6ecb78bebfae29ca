/* ADDRESS COMMAND runs a program without a shell */
address command 'echo plain words'
say 'rc' rc
address command 'echo $HOME ; echo not-a-second-command'
say 'rc' rc
address command 'printf %s|%s| first second'
say
address command 'false'
say 'false rc' rc
address command 'true'
say 'true rc' rc
address command
'echo default is now COMMAND'
say address()
