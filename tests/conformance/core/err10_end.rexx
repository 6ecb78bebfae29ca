/* END without DO */
say 'start'
end
