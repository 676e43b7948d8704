// Held out, fifth batch. An encyclopedia-style article on the Domain Name System, and students’ short
// answers to "Explain how the Domain Name System works" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `The Domain Name System (DNS) is the naming system that translates human-readable domain names, such as example.org, into the numerical IP addresses that computers use to find each other on a network. It has been described as the phone book of the internet, although unlike a phone book it is not kept in one place but distributed across millions of servers.

DNS was designed by Paul Mockapetris and specified in 1983, replacing an earlier arrangement in which every computer on the ARPANET kept a copy of a single file, HOSTS.TXT, maintained by the Stanford Research Institute. As the network grew, the file became too large and changed too often to be distributed this way.

The system is hierarchical. At the top are the root servers, operated by twelve independent organisations from hundreds of locations. Below them are the top-level domains, such as .com, .org and country codes like .de and .jp, and below those the domains registered by organisations and individuals. Responsibility for each part of the tree is delegated: the operator of a domain runs, or pays someone to run, authoritative name servers that hold its records.

When a user types a domain name, the computer asks a recursive resolver, usually run by the internet service provider. If the resolver does not already know the answer, it queries a root server, which refers it to the servers for the top-level domain, which in turn refer it to the domain's authoritative servers. The answer is then returned to the user and stored in a cache for a period set by the record's time to live (TTL), so that later requests can be answered quickly.

Records come in several types. An A record maps a name to an IPv4 address and an AAAA record to an IPv6 address; an MX record names a domain's mail servers, and a CNAME record makes one name an alias of another.

Because the original protocol did not authenticate answers, DNS has been a target for attacks such as cache poisoning, in which a resolver is tricked into storing false records. The DNSSEC extensions add digital signatures to records to allow them to be verified, but they have been adopted only slowly.`

const cutOwn = 'This is why a new website sometimes takes a while to appear for everyone.'

const cut = `The Domain Name System (DNS) is the naming system that translates human-readable domain names, such as example.org, into the numerical IP addresses that computers use to find each other on a network. It has been described as the phone book of the internet.

DNS was designed by Paul Mockapetris and specified in 1983. The system is hierarchical. At the top are the root servers. Below them are the top-level domains, such as .com, .org and country codes like .de and .jp, and below those the domains registered by organisations and individuals.

When a user types a domain name, the computer asks a recursive resolver, usually run by the internet service provider. If the resolver does not already know the answer, it queries a root server, which refers it to the servers for the top-level domain, which in turn refer it to the domain's authoritative servers. The answer is then returned to the user and stored in a cache. ${cutOwn}

An A record maps a name to an IPv4 address and an MX record names a domain's mail servers.`

const cutStepsIntro = 'The lookup works in these steps:'

const cutSteps = `DNS translates domain names into IP addresses. ${cutStepsIntro}

1. The user types a domain name and the computer asks a recursive resolver, usually run by the internet service provider.
2. If the resolver does not already know the answer, it queries a root server.
3. The root server refers it to the servers for the top-level domain, such as .com or .org.
4. These refer it to the domain's authoritative servers, which hold its records.
5. The answer is returned to the user and stored in a cache for a period set by the record's time to live (TTL), so that later requests can be answered quickly.

Records come in several types. An A record maps a name to an IPv4 address and an AAAA record to an IPv6 address; an MX record names a domain's mail servers, and a CNAME record makes one name an alias of another.

Because the original protocol did not authenticate answers, DNS has been a target for attacks such as cache poisoning, in which a resolver is tricked into storing false records. The DNSSEC extensions add digital signatures to records, but they have been adopted only slowly.`

const light = `The Domain Name System (DNS) is the naming system which converts domain names that people can read, like example.org, into the numeric IP addresses that computers use to locate one another on a network. It is often called the phone book of the internet, but unlike a phone book it is not stored in a single place but spread over millions of servers.

DNS was created by Paul Mockapetris and defined in 1983. It took the place of an older system where every computer on the ARPANET held a copy of one file, HOSTS.TXT, which was kept up to date by the Stanford Research Institute. As the network expanded, the file grew too big and changed too frequently to be shared in this way.

The system is organised as a hierarchy. At the top are the root servers, run by twelve independent organisations from hundreds of sites. Under them are the top-level domains, for example .com, .org and country codes such as .de and .jp, and under those are the domains that organisations and individuals register.

When someone enters a domain name, their computer sends a question to a recursive resolver, which is normally operated by the internet provider. If the resolver does not have the answer already, it asks a root server, which points it to the servers for the top-level domain, and these in turn point it to the authoritative servers of the domain.`

const heavyGood = `Computers find each other by numerical IP addresses, but people remember names like example.org, and the Domain Name System translates one into the other. It is often called the phone book of the internet, though it is spread across millions of servers instead of being kept in one place.

Before DNS, every ARPANET machine kept its own copy of one file, HOSTS.TXT, maintained by the Stanford Research Institute; as the network grew the file got too big and changed too often. Paul Mockapetris designed DNS to replace it, and it was specified in 1983.

The namespace is a tree. At the top sit the root servers, run by twelve independent organisations; below them the top-level domains such as .com, .org, .de and .jp; below those the domains that organisations and individuals register. Each domain's operator runs authoritative name servers holding its records.

A lookup walks down the tree. Your computer asks a recursive resolver, usually your ISP's; on a cache miss the resolver queries a root server, gets referred to the TLD servers and then to the domain's authoritative servers. The answer – an A record for IPv4, AAAA for IPv6, MX for mail or CNAME for an alias – is cached until its time to live (TTL) runs out. Cache poisoning is the classic attack, and DNSSEC, which signs records, has spread only slowly.`

const heavyWeak = `DNS means Domain Name System. Its job is to change the domain name (for example example.org) to IP address, because computer need IP address for communication. People call it "phone book of internet" but it is not in one place, it is distributed on many servers.

Structure of DNS is like a tree. On top there are root servers. Under root there are top-level domain, like .com, .org or .de, .jp for countries. Under TLD there are normal domains which companies or persons register. Every domain have own authoritative name server.

How it work: when user write domain name, the computer send request to recursive resolver (normally from ISP). If resolver has no answer in cache, first it ask root server, root server tell the address of TLD server, TLD server tell the authoritative server of the domain, and authoritative server give the IP address. Then resolver save answer in cache for the TTL time.

Some record types: A record is for IPv4, AAAA for IPv6, MX for mail server, CNAME is alias.

History: before DNS there was one file HOSTS.TXT for all ARPANET. Paul Mockapetris designed DNS in 1983. Problem of DNS is cache poisoning attack, so there is DNSSEC with digital signature but not many people use it.`

const nonTextbook = `Every device connected to the internet has an IP address, a number that identifies it so that data can be delivered to the right place. The older version, IPv4, uses 32-bit addresses written as four numbers separated by dots, such as 192.168.1.1, which allows about 4.3 billion addresses. Because these have almost run out, the newer IPv6 uses 128-bit addresses, enough for every grain of sand on Earth to have many of its own.

Data is sent across the internet in small pieces called packets. Each packet contains the address of the sender and of the receiver, and routers pass the packets from network to network until they reach their destination, often by different routes. The TCP protocol makes sure that all the packets arrive and puts them back in the right order, while UDP is faster but does not check for lost packets, which makes it useful for video calls and online games.

Humans find numbers hard to remember, so we use domain names like bbc.co.uk instead, and the Domain Name System, often called the phone book of the internet, converts them into IP addresses. A URL also includes the protocol, such as https, and the path to a particular page on the server.`

const nonOutage = `There is an old joke among system administrators: it's not DNS, there's no way it's DNS, it was DNS. Last Tuesday our company learned why.

At 9.12 in the morning our website, email and customer portal all disappeared at once. The servers were running perfectly; we could reach them by their IP addresses. What had happened was that our domain's registration had quietly expired. The renewal reminders had gone to the mailbox of a colleague who left two years ago, and the registrar had suspended the domain, removing it from the .com zone.

Renewing took five minutes. Getting back online took most of the day, because resolvers around the world had cached the answer that our domain did not exist, and some of them kept that negative answer for hours. Customers on one mobile network could reach us by lunchtime, others not until evening.

The lessons are boring but important. Put domain renewals on automatic payment, send registrar emails to a shared address, keep time-to-live values short before any planned change, and monitor your domain's records from outside your own network. And when everything breaks at once, check DNS first.`

const nonBrowser = `When you type a website address in the browser and press enter, a lot of things happen very quickly. First the browser needs to find the server where the website is stored. Then it connects to the server and sends an HTTP request, for example GET /index.html. The server sends back a response with a status code, like 200 if everything is OK or 404 if the page is not found, and the HTML code of the page.

The browser then reads the HTML and sees that it also needs other files like CSS for the design, JavaScript for the interactive parts and images. It sends more requests for these files. Finally it renders the page on the screen.

Nowadays most websites use HTTPS, which is HTTP with encryption using TLS. You can see this because there is a padlock next to the address. This means that nobody between you and the server, for example on public Wi-Fi in a café, can read your passwords or credit card number. To make it faster, browsers also keep copies of files in a cache so they do not have to download them every time.`

export const domainNameSystem: AnswerSet = {
  topic: 'domain-name-system',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: sentences of paragraphs 1, 2, 3, 4 and 5 copied and stitched (the phone book caveat, HOSTS.TXT, delegation, TTL, AAAA and CNAME dropped), one own sentence'
    },
    {
      level: 'cut',
      text: cutSteps,
      own: [cutStepsIntro],
      note: 'cut as numbered steps: the lookup paragraph split into five numbered copied clauses, the records and security paragraphs copied, an own lead-in'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–4 in order, synonyms ("translates" → "converts", "designed" → "created", "queries" → "asks")'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good student: starts from the problem, the history before the hierarchy, record types folded into the lookup, the source’s defining phrases kept inside new sentences'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, non-native writer (Chinese): headed notes, missing articles and agreement, history moved to the end'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'textbook on IP addresses and packets from general knowledge, with the stock phrase "phone book of the internet"'
    },
    {
      level: 'non',
      text: nonOutage,
      note: 'a system administrator’s post about an outage caused by an expired domain: resolvers, cached answers, time to live'
    },
    {
      level: 'non',
      text: nonBrowser,
      note: 'a weaker student on what happens when a browser loads a page: HTTP, HTTPS, cache'
    }
  ]
}
