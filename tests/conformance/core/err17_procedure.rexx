/* PROCEDURE at the top level of the program */
say 'start'
procedure
say 'not reached'
