/* A label then a continuation comma at the end of the file */
say 1
x: ,
