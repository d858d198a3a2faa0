using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>Pools of names for one naming tradition, and the language its speakers may prefer.</summary>
internal sealed record NameCulture(
    string Language, string[] Female, string[] Male, string[] Family, string[]? MaleFamily = null)
{
    public string FamilyFor(Gender gender, DemoRandom random) =>
        random.Pick(gender == Gender.Male && MaleFamily is not null ? MaleFamily : Family);
}

/// <summary>
/// Invented names drawn from common given and family names of the communities Coventry's MARAC
/// serves (British, Irish, Polish, Romanian, South Asian, Chinese, Arabic, Somali, West African,
/// Caribbean, Afghan, Kurdish). Any resemblance to a real person is coincidence.
/// </summary>
internal static class DemoNames
{
    public static readonly NameCulture British = new("English",
        ["Amy", "Charlotte", "Chloe", "Danielle", "Emma", "Gemma", "Hannah", "Jade", "Jennifer", "Jessica", "Kelly",
         "Kirsty", "Laura", "Lauren", "Leanne", "Lisa", "Louise", "Lucy", "Megan", "Natalie", "Nicola", "Rachel",
         "Rebecca", "Sarah", "Sophie", "Stacey", "Zoe", "Amber", "Bethany", "Carly", "Claire", "Donna", "Elaine",
         "Hayley", "Helen", "Joanne", "Karen", "Katie", "Kerry", "Michelle", "Paige", "Sharon", "Shannon", "Tracey",
         "Victoria", "Abigail", "Ellie", "Georgia", "Holly", "Jodie", "Kayleigh", "Lindsey", "Melissa", "Naomi",
         "Samantha", "Tanya", "Toni", "Wendy", "Mary-Jane", "Siân", "Chelsea", "Courtney", "Danni", "Jolene"],
        ["Adam", "Andrew", "Ben", "Carl", "Chris", "Craig", "Daniel", "Darren", "David", "Dean", "Gary", "Jamie",
         "Jason", "Jordan", "Kevin", "Lee", "Liam", "Luke", "Mark", "Martin", "Matthew", "Michael", "Nathan", "Neil",
         "Paul", "Richard", "Robert", "Ryan", "Scott", "Shane", "Stephen", "Steven", "Stuart", "Thomas", "Wayne",
         "Aaron", "Callum", "Connor", "Dale", "Jack", "Jake", "Joshua", "Kyle", "Lewis", "Reece", "Tyler", "Gareth"],
        ["Adams", "Allen", "Bailey", "Baker", "Barnes", "Bell", "Bennett", "Brooks", "Brown", "Butler", "Carter",
         "Clarke", "Cole", "Collins", "Cook", "Cooper", "Davies", "Dawson", "Edwards", "Ellis", "Evans", "Fisher",
         "Foster", "Gibson", "Graham", "Gray", "Green", "Griffiths", "Hall", "Harris", "Harrison", "Hill", "Holmes",
         "Hughes", "Hunt", "Jackson", "James", "Jenkins", "Johnson", "Jones", "King", "Knight", "Lewis", "Marshall",
         "Mason", "Matthews", "Miller", "Mills", "Mitchell", "Moore", "Morgan", "Morris", "Palmer", "Parker",
         "Phillips", "Powell", "Price", "Reynolds", "Richards", "Roberts", "Robinson", "Rogers", "Russell", "Shaw",
         "Simpson", "Smith", "Spencer", "Stevens", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward",
         "Watson", "Webb", "Wells", "White", "Wilkinson", "Williams", "Wilson", "Wood", "Wright", "Young", "Hart-Davies"]);

    public static readonly NameCulture Irish = new("English",
        ["Aoife", "Siobhán", "Niamh", "Ciara", "Róisín", "Bridget", "Mairéad", "Orla", "Sinéad", "Caoimhe"],
        ["Ciarán", "Declan", "Eoin", "Pádraig", "Seán", "Cormac", "Niall", "Darragh", "Colm", "Fergal"],
        ["Byrne", "Doherty", "Flanagan", "Gallagher", "Kavanagh", "McCarthy", "Murphy", "O'Brien", "O'Connor",
         "O'Sullivan", "Quinn", "Ryan", "Walsh", "Brennan", "Connolly", "McDonagh", "Ward"]);

    public static readonly NameCulture Polish = new("Polish",
        ["Agnieszka", "Anna", "Beata", "Dorota", "Ewa", "Joanna", "Justyna", "Katarzyna", "Magdalena", "Małgorzata",
         "Marta", "Monika", "Natalia", "Paulina", "Zofia", "Łucja", "Żaneta", "Agata", "Karolina", "Urszula"],
        ["Bartłomiej", "Dariusz", "Grzegorz", "Jakub", "Krzysztof", "Łukasz", "Marcin", "Mariusz", "Michał", "Paweł",
         "Piotr", "Radosław", "Sebastian", "Tomasz", "Wojciech", "Kamil", "Rafał"],
        ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska", "Zielińska",
         "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska", "Jankowska", "Mazur", "Krawczyk", "Piotrowska", "Grabowska"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski"]);

    public static readonly NameCulture Romanian = new("Romanian",
        ["Andreea", "Alexandra", "Bianca", "Cristina", "Elena", "Ioana", "Larisa", "Mihaela", "Ramona", "Roxana",
         "Ștefania", "Denisa", "Florentina", "Georgiana"],
        ["Adrian", "Alexandru", "Andrei", "Bogdan", "Cătălin", "Constantin", "Florin", "Gheorghe", "Ionuț", "Marius",
         "Mihai", "Ștefan", "Vasile", "Sorin"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu", "Matei",
         "Constantin", "Șerban", "Lungu", "Tănase", "Mocanu", "Dragomir"]);

    public static readonly NameCulture Indian = new("Punjabi",
        ["Priya", "Anjali", "Kiran", "Manpreet", "Harpreet", "Jaspreet", "Sunita", "Neha", "Pooja", "Rupinder",
         "Simran", "Kamaljit", "Deepa", "Meena", "Rekha", "Sangeeta", "Parminder", "Asha"],
        ["Amarjit", "Harjit", "Gurpreet", "Rajesh", "Sanjay", "Vikram", "Manjit", "Sukhdev", "Rahul", "Arjun",
         "Davinder", "Kuldip", "Ravi", "Sandeep", "Jaswinder", "Pardeep"],
        ["Sharma", "Patel", "Singh", "Kaur", "Gill", "Sandhu", "Dhillon", "Sidhu", "Mistry", "Chauhan", "Bains",
         "Johal", "Kumar", "Parmar", "Virdi", "Atwal"]);

    public static readonly NameCulture Pakistani = new("Urdu",
        ["Ayesha", "Amina", "Bushra", "Fatima", "Hina", "Iqra", "Mariam", "Nadia", "Rabia", "Saima", "Samina",
         "Shazia", "Sadia", "Zainab", "Nazia", "Uzma", "Aisha"],
        ["Mohammed", "Imran", "Tariq", "Asif", "Zubair", "Kamran", "Shahid", "Adeel", "Faisal", "Usman", "Bilal",
         "Amjad", "Naveed", "Waqas", "Yusuf", "Hussain"],
        ["Khan", "Hussain", "Ahmed", "Akhtar", "Iqbal", "Mahmood", "Riaz", "Butt", "Malik", "Qureshi", "Rashid",
         "Shah", "Mirza", "Javed", "Aslam", "Bibi"]);

    public static readonly NameCulture Bangladeshi = new("Bengali (Sylheti)",
        ["Nasreen", "Rokeya", "Shirin", "Taslima", "Fahima", "Rumana", "Sultana", "Jahanara", "Mumtaz", "Nazma",
         "Shamima", "Rehana"],
        ["Abdul", "Mizanur", "Shahidul", "Mohammed", "Jamal", "Rafiq", "Anwar", "Habibur", "Kamal", "Saiful",
         "Mahbub", "Rezaul"],
        ["Begum", "Rahman", "Uddin", "Ali", "Miah", "Islam", "Hoque", "Khatun", "Chowdhury", "Ahmed", "Hossain", "Sarkar"]);

    public static readonly NameCulture Chinese = new("Mandarin",
        ["Mei", "Li Na", "Xiu Ying", "Hui", "Jing", "Yan", "Ling", "Xiaoling", "Fang", "Ying", "Qian"],
        ["Wei", "Jun", "Hao", "Jian", "Ming", "Lei", "Tao", "Bo", "Qiang", "Zhen"],
        ["Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin", "Xu"]);

    public static readonly NameCulture Arabic = new("Arabic",
        ["Fatimah", "Mariam", "Noor", "Layla", "Huda", "Rania", "Salma", "Yasmin", "Amal", "Hana", "Reem", "Aisha"],
        ["Ahmed", "Omar", "Khalid", "Yousef", "Hassan", "Ali", "Karim", "Samir", "Tariq", "Mustafa", "Ibrahim", "Mahmoud"],
        ["Al-Sayed", "Hassan", "Abdullah", "Ibrahim", "Mahmoud", "Al-Hashimi", "Haddad", "Nasser", "Saleh", "Khalil",
         "Mansour", "Al-Amin"]);

    public static readonly NameCulture Somali = new("Somali",
        ["Amina", "Fadumo", "Hodan", "Ifrah", "Khadra", "Muna", "Sahra", "Ubah", "Hibo", "Deqa", "Asha", "Nimco"],
        ["Abdirahman", "Abdullahi", "Ahmed", "Hassan", "Mohamed", "Omar", "Yusuf", "Mahad", "Liban", "Said", "Farah", "Abdi"],
        ["Abdi", "Ali", "Farah", "Hassan", "Mohamed", "Omar", "Warsame", "Osman", "Jama", "Ahmed", "Hirsi", "Nur",
         "Egal", "Abdullahi"]);

    public static readonly NameCulture WestAfrican = new("English",
        ["Adaeze", "Chiamaka", "Folake", "Ngozi", "Abena", "Ama", "Efua", "Blessing", "Funmilayo", "Temitope",
         "Yetunde", "Akosua"],
        ["Chinedu", "Emeka", "Kwabena", "Kofi", "Oluwaseun", "Tunde", "Segun", "Yaw", "Femi", "Chukwuemeka"],
        ["Okafor", "Adeyemi", "Mensah", "Boateng", "Okonkwo", "Asante", "Owusu", "Adebayo", "Nwosu", "Oyelaran",
         "Danquah", "Eze"]);

    public static readonly NameCulture Caribbean = new("English",
        ["Shanice", "Kerry-Ann", "Marcia", "Jasmine", "Tanisha", "Simone", "Keisha", "Andrea", "Monique", "Latoya"],
        ["Delroy", "Marlon", "Leon", "Tyrone", "Winston", "Andre", "Jermaine", "Dwayne", "Clive", "Errol"],
        ["Campbell", "Brown", "Williams", "Grant", "Reid", "Francis", "Thompson", "Edwards", "Clarke", "Samuels",
         "Baptiste", "Stewart", "Gordon", "McKenzie"]);

    public static readonly NameCulture Afghan = new("Dari",
        ["Farida", "Zarghona", "Mariam", "Parwana", "Nilofar", "Shabnam", "Fereshta", "Lida"],
        ["Ahmad", "Farid", "Habib", "Jawad", "Nasir", "Wahid", "Rahim", "Zaman"],
        ["Ahmadzai", "Karimi", "Rahimi", "Sultani", "Noori", "Haidari", "Popal", "Amiri"]);

    public static readonly NameCulture Kurdish = new("Kurdish (Sorani)",
        ["Shilan", "Rezan", "Berfin", "Dilan", "Zilan", "Avin", "Nasrin", "Hêvî"],
        ["Aram", "Baran", "Dilshad", "Karwan", "Rebwar", "Sherko", "Hemin", "Azad"],
        ["Mohammadi", "Rostami", "Hosseini", "Abdulla", "Salih", "Qadir", "Aziz", "Rashid"]);

    private static readonly string[] ChildGirls =
        ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Lily", "Freya", "Poppy", "Ruby", "Evie", "Grace", "Sophia", "Willow"];

    private static readonly string[] ChildBoys =
        ["Oliver", "Harry", "George", "Noah", "Leo", "Oscar", "Alfie", "Charlie", "Freddie", "Archie", "Jacob", "Teddy"];

    /// <summary>The naming tradition for a person of this ethnicity.</summary>
    public static NameCulture CultureFor(Ethnicity ethnicity, DemoRandom random) => ethnicity switch
    {
        Ethnicity.WhiteIrish or Ethnicity.WhiteGypsyOrIrishTraveller => Irish,
        Ethnicity.WhiteRoma => Romanian,
        Ethnicity.WhiteOther => random.Chance(0.65) ? Polish : Romanian,
        Ethnicity.AsianIndian => Indian,
        Ethnicity.AsianPakistani => Pakistani,
        Ethnicity.AsianBangladeshi => Bangladeshi,
        Ethnicity.AsianChinese => Chinese,
        Ethnicity.AsianOther => Afghan,
        Ethnicity.BlackAfrican => random.Chance(0.5) ? Somali : WestAfrican,
        Ethnicity.BlackCaribbean or Ethnicity.BlackOther or Ethnicity.MixedWhiteAndBlackCaribbean => Caribbean,
        Ethnicity.OtherArab => Arabic,
        Ethnicity.OtherAnyOther => Kurdish,
        _ => British,
    };

    public static DemoIdentity NewIdentity(NameCulture culture, Gender gender, DemoRandom random)
    {
        var given = random.Pick(gender == Gender.Male ? culture.Male : culture.Female);
        var needsInterpreter = culture.Language != "English" && random.Chance(0.35);
        var language = needsInterpreter || (culture.Language != "English" && random.Chance(0.4)) ? culture.Language : "English";
        return new DemoIdentity(culture, given, culture.FamilyFor(gender, random), language, needsInterpreter);
    }

    /// <summary>A child's given name: British children's names, or the family's own tradition.</summary>
    public static string ChildGivenName(NameCulture culture, Gender gender, DemoRandom random) =>
        culture == British || random.Chance(0.3)
            ? random.Pick(gender == Gender.Male ? ChildBoys : ChildGirls)
            : random.Pick(gender == Gender.Male ? culture.Male : culture.Female);
}
