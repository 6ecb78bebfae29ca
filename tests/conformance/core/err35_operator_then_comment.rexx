/* An operator followed by a comment with no blank: Error 35 quotes the operator alone */
say 'start'
//*comment*/
