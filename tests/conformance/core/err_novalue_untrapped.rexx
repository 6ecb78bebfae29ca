/* SIGNAL ON NOVALUE without a NOVALUE label */
signal on novalue
say 'ok'
say unset_variable
