local nz = -0.0
print(nz, 0.0, nz == 0.0, nz == 0)
print(1 / nz, 1 / 0.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(math.type(-0), -0, 0 * -1)
local t = { [nz] = "x" }
print(t[0], math.type(next(t)))
print(string.format("%g %f", nz, nz), tostring(-0.0))
print(math.floor(-0.0), math.ceil(-0.5), math.type(math.ceil(-0.5)))
