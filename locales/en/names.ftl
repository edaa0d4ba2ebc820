# Names, genders, positions and choices as users write them (src/names, src/choices).
gender-unknown = neither `gender` nor the name `{$name}` tells whether to print «прошёл» or «прошла»; «прошёл» is printed: add `gender: f` (or `m`) to the person
rule-gender = the wording that depends on a person's gender is told by `gender` or by the name
gender-unknown-case = neither `gender` nor the name `{$name}` tells how to decline the surname in Russian («Киму» for a man, «Ким» for a woman); it is printed as written: add `gender: m` or `gender: f` to the person
rule-name = a name is read as surname, given name and patronymic; where the order is not clear, the reading taken is shown
name-order = nothing in `{$name}` tells which word is the surname; read `{$surname}` as the surname, printed «{$short}»: write it as «Surname Given-name Patronymic» or set `short`
name-comma = the text after the comma in `{$name}` is not part of the name («{$rest}»), printed «{$short}»: put a position in `position`
rule-position = a position is printed in the form's language and case; one written in the other language or unknown to the lexicon is shown as printed
position-unknown = the position `{$position}` is not in the lexicon and the rules are not sure of its form: printed «{$printed}»; check it, or write the position as the form needs it
position-translated = the position `{$position}` is written in the other language than the form's ({$lang}): printed as «{$printed}»
position-other-language = the position `{$position}` is written in the other language than the form's ({$lang}) and is not in the lexicon: printed as written, with no ending added; write it in the form's language
position-language = the position `{$position}` is written in the other language than the form's ({$lang}); it is printed as written
position-language-twin = the position `{$position}` is written in the other language than the form's ({$lang}); it is printed as written: in this form it is «{$twin}»
position-abbreviation = the position `{$position}` ends with an abbreviation, which takes no case ending: printed «{$printed}»
position-completed = the position `{$position}` leaves out what the form names in its place: printed «{$printed}»
# Values as people type them (src/names/typed.rs): notes of what is printed
rule-unit = a department or faculty typed with its own word («… кафедрасы», «кафедра …», «… факультет») is printed with that word once
unit-department-printed = the department `{$typed}` is typed with the word the form prints itself: printed «{$printed}»
unit-faculty-printed = the faculty `{$typed}` is typed with the word the form prints itself: printed «{$printed}»
unit-department-russian = the department `{$typed}` is written in Russian, and the Kyrgyz form prints «{$printed}»: write its Kyrgyz name (the form adds «кафедрасы» itself)
unit-faculty-russian = the faculty `{$typed}` is written in Russian, and the Kyrgyz form prints «{$printed}»: write its Kyrgyz name (the form adds «факультети» itself)
rule-name-case = a name typed in lower case is printed capitalised
name-case-printed = the name `{$name}` is typed in lower case: printed «{$printed}»
rule-number-sign = a number typed with its sign («№ 0045127») is printed with the form's sign only
number-sign-printed = the number `{$number}` is typed with its sign, which the form prints itself: printed «№ {$printed}»
