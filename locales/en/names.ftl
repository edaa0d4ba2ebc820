# Names, genders, positions and choices as users write them (src/names, src/choices).
gender-unknown = neither `gender` nor the name `{$name}` tells whether to print «прошёл» or «прошла»; «прошёл» is printed: add `gender: f` (or `m`) to the person
rule-gender = the wording that depends on a person's gender is told by `gender` or by the name
