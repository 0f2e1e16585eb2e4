lst = list(range(8))
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[:2] = []
print(lst)
lst[len(lst):] = [100, 101]
print(lst)
lst[1:1] = ["inserted"]
print(lst)
lst[::2] = ["E"] * len(lst[::2])
print(lst)
lst[:] = "xyz"
print(lst)
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
nums = [1, 2, 3, 4, 5, 6]
nums[::-2] = [60, 40, 20]
print(nums)
nums[-2:] = (9,)
print(nums)
try:
    nums[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
