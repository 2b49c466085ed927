import type { PhraseLexicon } from "./types";

/**
 * Common given names from many languages. They confirm that a capitalised
 * word is a person ("Dana, a night nurse") when nothing else in the sentence
 * says so. A name missing here is still found through a title, a pronoun or
 * an apposition.
 */
export const firstNames: PhraseLexicon = {
  name: "first-names",
  description: "Common given names, used to recognise the representative customer in the press release.",
  inflects: false,
  entries: [
    // English
    "aaron", "abigail", "adam", "adrian", "alan", "albert", "alex", "alexander", "alexandra", "alice", "alicia", "alison",
    "amanda", "amber", "amy", "andrea", "andrew", "angela", "anna", "anne", "anthony", "ashley", "barbara", "ben",
    "benjamin", "beth", "betty", "bill", "bob", "brandon", "brenda", "brian", "bruce", "callum", "carl", "carol",
    "caroline", "catherine", "charles", "charlie", "charlotte", "chloe", "chris", "christine", "christopher", "claire",
    "colin", "craig", "dale", "dan", "dana", "daniel", "danielle", "david", "deborah", "dennis", "diana", "diane",
    "donna", "dorothy", "douglas", "dylan", "edward", "elaine", "eleanor", "elizabeth", "ella", "ellen", "emily", "emma",
    "eric", "ethan", "evelyn", "frank", "gary", "george", "grace", "greg", "hannah", "harry", "heather", "helen",
    "henry", "holly", "ian", "jack", "jacob", "jake", "james", "jane", "janet", "jason", "jeff", "jennifer", "jenny",
    "jeremy", "jessica", "jill", "jim", "joan", "joe", "john", "jonathan", "jordan", "joseph", "josh", "joshua", "joyce",
    "judy", "julia", "julie", "justin", "karen", "kate", "katherine", "kathleen", "kathy", "keith", "kelly", "kevin",
    "kim", "kyle", "laura", "lauren", "leah", "lily", "linda", "lisa", "liam", "lucy", "maggie", "margaret", "maria",
    "mark", "martha", "mary", "matt", "matthew", "megan", "melissa", "michael", "michelle", "mike", "molly", "morgan",
    "nancy", "natalie", "nathan", "neil", "nicholas", "nick", "nicole", "noah", "oliver", "olivia", "pamela", "patricia",
    "patrick", "paul", "peter", "philip", "rachel", "ralph", "rebecca", "richard", "robert", "roger", "ron", "rose",
    "ruth", "ryan", "sam", "samantha", "samuel", "sandra", "sarah", "scott", "sean", "sharon", "simon", "sophie",
    "stephanie", "stephen", "steve", "steven", "sue", "susan", "tammy", "teresa", "terry", "thomas", "tim", "timothy",
    "tina", "todd", "tom", "tony", "tracy", "tyler", "valerie", "victoria", "vincent", "walter", "wayne", "william",
    "zoe",
    // Scottish, Irish, Welsh
    "aileen", "ailsa", "angus", "aoife", "callan", "ciaran", "cormac", "declan", "eilidh", "eoin", "fergus", "fiona",
    "fraser", "gareth", "isla", "kirsty", "mhairi", "morag", "niamh", "orla", "rhys", "ruairi", "seamus", "siobhan",
    "sinead", "euan", "iain", "hamish", "rhiannon", "dafydd", "bronwen",
    // Spanish, Portuguese, Italian
    "alejandro", "ana", "antonio", "beatriz", "camila", "carlos", "carmen", "diego", "elena", "fernanda", "fernando",
    "francisco", "gabriela", "giulia", "giuseppe", "isabel", "javier", "jorge", "jose", "josé", "juan", "lucia", "lucía",
    "luis", "luisa", "marco", "marcos", "mariana", "mateo", "miguel", "pablo", "paula", "pedro", "rafael", "ricardo",
    "rosa", "sofia", "sofía", "valentina", "joão", "joao", "thiago", "bruna", "letícia", "leticia", "matteo", "francesca",
    "alessandro", "chiara", "lorenzo", "paolo", "marta", "andrés", "andres", "ines", "inês",
    // French, German, Dutch, Nordic, Finnish
    "amélie", "amelie", "antoine", "camille", "chloé", "claude", "élodie", "elodie", "étienne", "julien", "léa", "lea",
    "louis", "lucas", "manon", "mathieu", "nicolas", "pierre", "sylvie", "thierry", "anja", "birgit", "dieter", "felix",
    "florian", "frank", "greta", "hans", "heike", "jan", "jonas", "jürgen", "juergen", "katrin", "klaus", "lena",
    "lukas", "maximilian", "monika", "niklas", "sabine", "stefan", "tobias", "ursula", "wolfgang", "daan", "sanne",
    "pieter", "femke", "joris", "lars", "anders", "ingrid", "astrid", "sven", "erik", "karin", "nils", "freya",
    "aino", "eero", "liisa", "mikko", "sanna", "juha", "elina", "ville", "tuomas", "kaisa",
    // Eastern European
    "agnieszka", "aleksandr", "anastasia", "andrzej", "dmitri", "ekaterina", "irina", "ivan", "katarzyna", "marek",
    "natalia", "olga", "pavel", "piotr", "sergei", "svetlana", "tomasz", "vladimir", "zofia", "magdalena", "oksana",
    "bogdan", "milan", "petra", "jana", "tereza",
    // South Asian
    "aarav", "aditi", "aisha", "amit", "ananya", "anil", "anita", "arjun", "deepa", "divya", "ganesh", "gita", "kavya",
    "krishna", "lakshmi", "manish", "meera", "neha", "nikhil", "pooja", "priya", "rahul", "raj", "rajesh", "ravi",
    "rohan", "sanjay", "sara", "shreya", "sunita", "suresh", "vijay", "vikram", "imran", "fatima", "ayesha", "zain",
    "harpreet", "gurpreet", "simran",
    // East and Southeast Asian
    "aiko", "akira", "chen", "hana", "haruto", "hiroshi", "jin", "ji-woo", "kenji", "li", "ling", "mei", "min-jun",
    "ming", "naoko", "sakura", "seo-yeon", "takeshi", "wei", "xiao", "yuki", "yuna", "yusuf", "minh", "linh", "thanh",
    "nguyen", "siti", "putri", "budi", "arief", "dewi", "anh", "hoa", "jun", "kai", "ren", "sora",
    // Arabic, Turkish, Persian, Hebrew
    "ahmed", "ali", "amira", "hassan", "hussein", "karim", "khalid", "layla", "leila", "mariam", "mohamed", "mohammed",
    "muhammad", "nadia", "omar", "rania", "salma", "samir", "tariq", "yasmin", "zeynep", "mehmet", "emre", "elif",
    "ayşe", "ayse", "reza", "darius", "shirin", "noa", "yael", "avi", "tamar", "eitan",
    // African
    "abebe", "adaeze", "ade", "ama", "amara", "chidi", "chinwe", "efua", "kofi", "kwame", "nia", "nomvula", "obi",
    "sipho", "thandiwe", "themba", "wanjiru", "zola", "folake", "tunde", "ngozi", "kemi", "amina", "bongani",
  ],
};
