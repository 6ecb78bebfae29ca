/* x ** 2 (and ** 3, ** 4) of a non-integer value held in numeric form: Regina's roundings */
numeric digits 12
x = 1.6417233788 - 0.2495892950
y = -1.4944608174 + 0.0848270516
say x**2 y**2 (x - y)**2 + (y - x)**2 x**3 y**4 (x * 3)**2
numeric digits 5
a = 1 / 3
b = -2 / 7
say a**2 b**2 a**3 b**4 (a + b)**2 (a - 1e-9)**2
c = 12345 / 0.7
say c c**2 c**3
numeric form engineering
say c**2 (c / 1e6)**2 (b / 1e4)**2
numeric form scientific
numeric digits 9
d = 0.1 + 0.2
say d d**2 d**3 (d * 1e20)**2 (d / 1e20)**2
e = 99999.9999 + 0
say e**2 (e + 0.00001)**2
do i = 1 to 3
  z = i / 8
  s = z**2 + (z - 1)**2
  say i z s
end
