/* Sieve of Eratosthenes with a stem */
limit = 60
prime. = 1
prime.1 = 0
do i = 2 while i * i <= limit
  if prime.i then
    do j = i * i to limit by i
      prime.j = 0
    end
end
list = ''
do n = 1 to limit
  if prime.n then list = list n
end
say 'Primes up to' limit':' strip(list)
say 'Count:' words(list)
