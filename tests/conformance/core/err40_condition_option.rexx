/* CONDITION with a bad option */
say condition('C') 'ok'
say condition('Z')
