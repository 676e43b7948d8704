// Held out, fifth batch. An encyclopedia-style article on database normalisation, and students' short
// answers to "What is normalisation, and what are the first three normal forms?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Normalisation is a method of designing the tables of a relational database so that each fact is stored in only one place. Its aims are to remove redundant data, which wastes space and can become inconsistent, and to prevent the problems known as update, insertion and deletion anomalies. The approach was introduced by Edgar F. Codd, the IBM researcher who proposed the relational model in 1970, and was extended by Raymond Boyce and others during the 1970s.

A table is normalised by checking it against a sequence of rules called normal forms, each stricter than the one before. A table is in first normal form (1NF) when every column holds a single, atomic value and there are no repeating groups, such as columns named phone1, phone2 and phone3. A table is in second normal form (2NF) when it is in 1NF and every non-key column depends on the whole of the primary key, not just part of it; this matters only when the key is made of more than one column. A table is in third normal form (3NF) when, in addition, no non-key column depends on another non-key column. A common summary is that every non-key attribute must depend on the key, the whole key, and nothing but the key.

Consider a table of orders that also stores each customer's address. If a customer places twenty orders, the address is repeated twenty times; if the customer moves, every row must be changed, and missing one leaves the database contradicting itself. Normalising the design moves the address into a separate customers table, linked to the orders by a foreign key.

Boyce–Codd normal form (BCNF) is a slightly stronger version of 3NF, and higher forms such as the fourth and fifth normal forms deal with multi-valued and join dependencies, which are rare in practice.

Normalisation has costs. A highly normalised database needs more joins to answer queries, which can slow down reading. For this reason data warehouses and reporting systems are often deliberately denormalised, accepting some redundancy in exchange for speed.`

const cutOwn = "In our coursework database, for example, the Module table had the lecturer's office stored in it, which broke 3NF."

const cut = `Normalisation is a method of designing the tables of a relational database so that each fact is stored in only one place. Its aims are to remove redundant data and to prevent the problems known as update, insertion and deletion anomalies. The approach was introduced by Edgar F. Codd, the IBM researcher who proposed the relational model in 1970.

A table is normalised by checking it against a sequence of rules called normal forms. A table is in first normal form (1NF) when every column holds a single, atomic value and there are no repeating groups. A table is in second normal form (2NF) when it is in 1NF and every non-key column depends on the whole of the primary key, not just part of it. A table is in third normal form (3NF) when, in addition, no non-key column depends on another non-key column. ${cutOwn}

Normalisation has costs. A highly normalised database needs more joins to answer queries, which can slow down reading. For this reason data warehouses and reporting systems are often deliberately denormalised.`

const cutListIntro = 'There are three main normal forms:'

const cutList = `Normalisation is used to remove redundant data and to prevent update, insertion and deletion anomalies. ${cutListIntro}

1. First normal form (1NF): every column holds a single, atomic value and there are no repeating groups, such as columns named phone1, phone2 and phone3.
2. Second normal form (2NF): the table is in 1NF and every non-key column depends on the whole of the primary key, not just part of it; this matters only when the key is made of more than one column.
3. Third normal form (3NF): no non-key column depends on another non-key column.

Consider a table of orders that also stores each customer's address. If a customer places twenty orders, the address is repeated twenty times; if the customer moves, every row must be changed, and missing one leaves the database contradicting itself. Normalising the design moves the address into a separate customers table, linked to the orders by a foreign key.

Boyce–Codd normal form (BCNF) is a slightly stronger version of 3NF. A highly normalised database needs more joins to answer queries, which can slow down reading, so data warehouses are often denormalised.`

const light = `Normalisation is a way of designing the tables in a relational database so that each fact is stored in just one place. Its aims are to get rid of redundant data, which wastes space and may become inconsistent, and to prevent the problems called update, insertion and deletion anomalies. The approach was introduced by Edgar F. Codd, the IBM researcher who put forward the relational model in 1970, and was developed further by Raymond Boyce and others in the 1970s.

A table is normalised by checking it against a series of rules known as normal forms, each stricter than the last. A table is in first normal form (1NF) when each column contains a single, atomic value and there are no repeating groups, for example columns called phone1, phone2 and phone3. It is in second normal form (2NF) when it is in 1NF and every non-key column depends on the entire primary key, not only part of it; this is only relevant when the key consists of more than one column. It is in third normal form (3NF) when, on top of that, no non-key column depends on another non-key column. This is often summed up by saying that every non-key attribute must depend on the key, the whole key, and nothing but the key.

Take a table of orders that also holds each customer's address. If a customer makes twenty orders, the address appears twenty times; if the customer moves house, every row has to be updated, and missing one leaves the database contradicting itself.`

const heavyGood = `Imagine a table of orders that also stores each customer's address. A customer with twenty orders has the address repeated twenty times, and when she moves every one of those rows has to change – miss one and the database contradicts itself. Update, insertion and deletion anomalies like this are what normalisation prevents, by making sure each fact is stored in only one place. Here the address would move to a separate customers table, linked to the orders by a foreign key.

The method goes back to Edgar F. Codd, the IBM researcher behind the relational model of 1970. A design is tested against a sequence of normal forms, each stricter than the last. 1NF requires atomic values in every column and no repeating groups (no phone1, phone2, phone3). 2NF only matters when the primary key has several columns: every non-key column must then depend on all of it, not part. 3NF also forbids a non-key column depending on another non-key column – the key, the whole key, and nothing but the key. BCNF is a slightly stronger 3NF, and the fourth and fifth forms rarely come up.

The price is more joins and slower reads, which is why data warehouses are often denormalised on purpose.`

const heavyWeak = `Normalization is needed for avoiding redundancy in relational database. If the same data is stored many times, it use more space and it can become inconsistent, and we can have update anomaly, insertion anomaly and deletion anomaly. It was introduced by E. F. Codd from IBM, who invented relational model in 1970.

There are several normal forms and each is more strict than previous one:
1NF – all values in columns must be atomic, no repeating group (e.g. phone1, phone2, phone3 columns are not allowed).
2NF – table is in 1NF and all non-key attributes are fully depend on primary key, not on part of key. Only important when primary key is composite.
3NF – table is in 2NF and there is no transitive dependency, i.e. non-key attribute cannot depend on other non-key attribute.
There is also BCNF which is stronger than 3NF, and 4NF, 5NF, but they are used rarely.

Example: if we keep customer address in Orders table, the address will repeat for each order, and when customer change address we must update many rows. Solution is to make Customer table and use foreign key in Orders table.

Disadvantage of normalization is that queries need more joins so reading is slower, so in data warehouse we often do denormalization.`

const nonTextbook = `A relational database stores data in tables, also called relations, made up of rows and columns. Each table should have a primary key, a column or set of columns whose value uniquely identifies each row, such as a student ID. Tables are linked to each other using foreign keys: a foreign key is a column in one table that refers to the primary key of another table, so an Enrolments table might contain both a StudentID and a CourseID.

Data in a relational database is queried using SQL (Structured Query Language). A SELECT statement retrieves data, and a JOIN combines rows from two or more tables based on a related column. For example, to list the names of students on a course, the query would join the Students table to the Enrolments table on StudentID.

Good database design follows the principles of normalisation, which means avoiding redundancy so that the same data is not stored in more than one place. A well-designed database also enforces referential integrity, meaning that a foreign key must always refer to a row that exists. Most relational database management systems, such as MySQL, PostgreSQL, Oracle and Microsoft SQL Server, support transactions that follow the ACID properties: atomicity, consistency, isolation and durability.`

const nonBlog = `When I started building web apps I normalised everything, because that is what my university course taught me. Every table had a single purpose, there was no duplicated data, and a simple page could need six joins. It worked fine until the site got busy.

The truth is that normal forms were designed for a world where disk space was expensive and the main job of a database was to keep records correct. Modern applications often read data a hundred times for every time they write it. Document databases such as MongoDB encourage you to store a blog post together with its comments and author details in one document, so a single read returns everything the page needs. The cost is that when an author changes her name, you have to update it in every document, or accept that old posts show the old name.

My rule now is to start normalised and denormalise only when measurements show a real problem. Materialised views, caches and read replicas can often fix performance without giving up a clean design. And if you do copy data, write down which copy is the master, because one day the copies will disagree.`

const nonErd = `An entity relationship diagram (ERD) is used to design a database before it is built. Entities are things we want to store data about, for example Customer, Product and Order, and they become tables in the database. Attributes are the data about an entity, like the customer's name and address, and they become the columns.

Relationships show how entities are connected. There are three types: one-to-one, one-to-many and many-to-many. For example one customer can place many orders but each order belongs to one customer, so this is one-to-many. A many-to-many relationship, like between Order and Product, cannot be made directly in a relational database, so we need a link table, for example OrderLine, which has the primary keys of both tables as foreign keys.

Every entity needs a primary key which is unique. Sometimes we use a natural key like an email address but it is better to use a surrogate key like an auto number, because natural keys can change. After drawing the ERD we should check the tables are normalised to third normal form so there is no redundant data.`

export const databaseNormalisation: AnswerSet = {
  topic: 'database-normalisation',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: paragraphs 1, 2 and 5 copied with clauses dropped (the Boyce clause, the phone columns, the key summary), the example and BCNF left out, one sentence of the student’s own'
    },
    {
      level: 'cut',
      text: cutList,
      own: [cutListIntro],
      note: 'cut as a numbered list: the three normal forms’ sentences copied after "1.", "2.", "3.", the example paragraph copied whole, an own lead-in line'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–3 in order, a few synonyms ("only" → "just", "sequence" → "series", "places" → "makes") and small grammar changes'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good student: starts from the example, the normal forms restated in new sentences that keep the source’s defining clauses, the stock summary kept'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, non-native writer: note-style list with dashes, missing articles, "transitive dependency" added'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'textbook answer on relational databases from general knowledge: primary key, foreign key, normalisation, redundancy'
    },
    {
      level: 'non',
      text: nonBlog,
      note: 'a developer’s blog on denormalising, from experience: joins, duplicated data, normal forms'
    },
    {
      level: 'non',
      text: nonErd,
      note: 'a weaker student on entity relationship diagrams: customer and order tables, keys, third normal form, redundant data'
    }
  ]
}
