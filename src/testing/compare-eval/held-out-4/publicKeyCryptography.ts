// Held out, fourth batch. An encyclopedia-style article on public-key cryptography, and students' short
// answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Public-key cryptography, or asymmetric cryptography, is a system of encryption that uses pairs of keys. Each pair consists of a public key, which may be shared with anyone, and a private key, which is known only to its owner. A message encrypted with the public key can only be decrypted with the matching private key.

Before the 1970s, all practical encryption was symmetric: the sender and the receiver used the same secret key, which had to be exchanged in advance over a secure channel. This made secure communication between strangers very difficult. In 1976 Whitfield Diffie and Martin Hellman published a method that allowed two parties to agree on a shared secret over an insecure channel. The following year Ron Rivest, Adi Shamir and Leonard Adleman described the RSA algorithm, whose security rests on the difficulty of factoring the product of two large prime numbers.

Public-key cryptography also makes digital signatures possible. The owner signs a message with the private key, and anyone can check the signature with the public key. Certificates issued by trusted certificate authorities link public keys to the identities of their owners.

Because asymmetric algorithms are slow, they are usually used only to exchange a symmetric key, which then encrypts the rest of the data. This is how secure websites work. Researchers are now developing new algorithms, because a large quantum computer could break RSA.`

const cut = `Public‐key cryptography, or asymmetric cryptography, is a system of encryption that uses pairs of keys. Each pair consists of a public key, which may be shared with anyone, and a private key, which is known only to its owner. A message encrypted with the public key can only be decrypted with the matching private key.

Before the 1970s, all practical encryption was symmetric: the sender and the receiver used the same secret key, which had to be exchanged in advance over a secure channel. In 1976 Whitfield Diffie and Martin Hellman published a method that allowed two parties to agree on a shared secret over an insecure channel. The following year Ron Rivest, Adi Shamir and Leonard Adleman described the RSA algorithm, whose security rests on the difﬁculty of factoring the product of two large prime numbers.

Public-key cryptography also makes digital signatures possible. The owner signs a message with the private key, and anyone can check the signature with the public key. Certiﬁcates issued by trusted certiﬁcate authorities link public keys to the identities of their owners. Because asymmetric algorithms are slow, they are usually used only to exchange a symmetric key, which then encrypts the rest of the data.`

const light = `Public-key cryptography, also called asymmetric cryptography, is an encryption system that relies on pairs of keys. Every pair is made up of a public key, which can be given to anybody, and a private key, known only to the person who owns it. A message that is encrypted using the public key can only be decrypted using the corresponding private key.

Until the 1970s, all practical encryption was symmetric: the sender and the recipient shared one secret key, which had to be swapped beforehand through a secure channel. This made it very hard for strangers to communicate securely. In 1976 Whitfield Diffie and Martin Hellman published a way for two parties to agree on a shared secret across an insecure channel. A year later Ron Rivest, Adi Shamir and Leonard Adleman presented the RSA algorithm, which is secure because it is so hard to factor the product of two large prime numbers.

Public-key cryptography also allows digital signatures. The owner signs a message using the private key, and anybody can verify the signature using the public key. Certificates from trusted certificate authorities connect public keys with their owners' identities.`

const heavy = `Public-key (asymmetric) cryptography gives each user two keys instead of one. The public key can be handed out freely, while the private key never leaves its owner, and whatever is encrypted with the first can only be decrypted with the second.

This solved a problem that older, symmetric systems could not. When both sides use the same secret key, they first have to get that key to each other safely, which is hard if they have never met. Diffie and Hellman showed in 1976 how two parties could arrive at a shared secret even over an insecure channel, and a year later Rivest, Shamir and Adleman published RSA. RSA is safe only as long as nobody can factor the product of two large primes, so a big enough quantum computer would break it, which is why new algorithms are being developed.

The same pair of keys also works the other way round for digital signatures: a message signed with the private key can be checked by anyone holding the public key. Certificate authorities vouch for which public key belongs to whom. In practice asymmetric encryption is slow, so secure websites use it just to exchange a symmetric key that encrypts the rest of the data.`

const nonHttps = `When you visit a website whose address starts with https, your browser and the web server set up an encrypted connection before any data is sent. This process is called the TLS handshake.

First the server sends its certificate, which contains its public key and is signed by a certificate authority that the browser already trusts. The browser checks that the certificate is valid, that it has not expired, and that it was issued for the website's domain name. If anything is wrong, the browser shows a warning.

Next the browser and the server agree on a session key. In modern versions of TLS they do this with a Diffie-Hellman key exchange, so that even someone who records all the traffic cannot work out the key. The session key is then used with a fast symmetric cipher such as AES to encrypt everything that follows, including passwords and card numbers.

The padlock icon in the address bar shows that the connection is encrypted. It does not prove that the website is honest, only that nobody between you and the server can read or change the data.`

const nonHistoryOfCodes = `People have used codes and ciphers to hide messages for thousands of years. Julius Caesar is said to have shifted each letter of the alphabet by three places, so that A became D. Ciphers like this are easy to break by counting how often each letter appears.

During the Second World War the German armed forces used the Enigma machine, which changed its cipher with every letter typed. Codebreakers at Bletchley Park, including Alan Turing, built machines that could find the daily settings, and their work is believed to have shortened the war.

All these systems had one weakness in common: both sides needed the same secret key. Keys had to be delivered by hand, in code books or on sheets of paper, and if a key was captured, every message could be read. Governments spent huge sums on distributing keys safely.

The invention of public-key cryptography in the 1970s changed this completely, and it was later revealed that British government cryptographers at GCHQ, James Ellis, Clifford Cocks and Malcolm Williamson, had discovered the same ideas a few years earlier but had been forced to keep them secret.`

export const publicKeyCryptography: AnswerSet = {
  topic: 'public-key-cryptography',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied as if from a PDF: a Unicode hyphen (U+2010) in "Public‐key" and "fi" ligatures in "difficulty" and "certificate"; one sentence cut, two paragraphs joined, the last two sentences dropped'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the last paragraph dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a heavy rewrite that still keeps much: merged and reordered (the quantum threat moved into the RSA paragraph), keeps "shared secret", "insecure channel", "product of two large primes", "exchange a symmetric key"'
    },
    {
      level: 'non',
      text: nonHttps,
      note: 'how HTTPS works, from general knowledge: certificate, public key, certificate authority, Diffie-Hellman, symmetric, encrypt'
    },
    {
      level: 'non',
      text: nonHistoryOfCodes,
      note: 'a history of ciphers: same secret key, public-key cryptography in the 1970s'
    }
  ]
}
