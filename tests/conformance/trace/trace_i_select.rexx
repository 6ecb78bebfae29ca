/* TRACE I with SELECT: each WHEN tried, OTHERWISE, nested SELECT */
trace i
do n = 1 to 3
  select
    when n = 1 then say 'one'
    when n // 2 = 0 then do
      select
        when n > 5 then say 'big'
        otherwise say 'small even'
      end
    end
    otherwise
      say 'other' n
  end
end
