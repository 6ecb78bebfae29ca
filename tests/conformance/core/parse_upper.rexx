/* PARSE UPPER and PARSE LOWER-free forms */
parse upper value 'Mixed Case' with a b
say a b
s = 'abc def'
parse upper var s x y
say x y s
parse value 'Keep Case' with c
say c
parse upper value 'key=Value' with k '=' v
say k v
