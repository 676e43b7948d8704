// Held out, fifth batch. An encyclopedia-style article on CRISPR gene editing, and students’ short answers
// to "What is CRISPR gene editing, and how does it work?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `CRISPR gene editing is a technique in molecular biology that allows scientists to change the DNA of living organisms with unusual precision. It is based on a natural defence system found in bacteria, which store short fragments of DNA from viruses that have infected them in regions of their genome called CRISPR, short for clustered regularly interspaced short palindromic repeats. When the same virus attacks again, the bacterium produces RNA copies of the stored fragments, which guide an enzyme to the matching viral DNA and cut it.

The most widely used enzyme is Cas9, from the bacterium Streptococcus pyogenes. In 2012 Jennifer Doudna and Emmanuelle Charpentier showed that Cas9 could be programmed with a short synthetic guide RNA to cut any chosen DNA sequence in a test tube. Within months, Feng Zhang and George Church independently reported that the system worked in human and mouse cells. Doudna and Charpentier received the Nobel Prize in Chemistry in 2020.

Once Cas9 has cut both strands of the DNA, the cell repairs the break. The repair often inserts or deletes a few letters, which can switch a gene off; if a template DNA is supplied, the cell may copy it into the break, allowing a sequence to be corrected or inserted. Newer methods, such as base editing and prime editing, change single letters without cutting both strands.

CRISPR is cheaper, faster and easier to use than earlier tools such as zinc-finger nucleases and TALENs, and it is now used in thousands of laboratories. Applications include research on gene function, crops resistant to disease, and treatments for genetic disorders. In 2023 regulators in the United Kingdom and the United States approved the first CRISPR-based therapy, for sickle cell disease and beta thalassaemia.

The technique has raised ethical concerns, particularly about changes to embryos that would be inherited by future generations. In 2018 the Chinese scientist He Jiankui announced the birth of twin girls whose genomes he had edited; he was widely condemned and was later sentenced to three years in prison.`

const cutOwn = 'So CRISPR works a bit like the find and replace function in a word processor.'

const cutEnd = 'In my opinion CRISPR is one of the most important discoveries of this century, but it has to be controlled carefully.'

const cut = `CRISPR gene editing is a technique in molecular biology that allows scientists to change the DNA of living organisms with unusual precision. It is based on a natural defence system found in bacteria, which store short fragments of DNA from viruses that have infected them. When the same virus attacks again, the bacterium produces RNA copies of the stored fragments, which guide an enzyme to the matching viral DNA and cut it.

The most widely used enzyme is Cas9. In 2012 Jennifer Doudna and Emmanuelle Charpentier showed that Cas9 could be programmed with a short synthetic guide RNA to cut any chosen DNA sequence. Doudna and Charpentier received the Nobel Prize in Chemistry in 2020.

Once Cas9 has cut both strands of the DNA, the cell repairs the break. The repair often inserts or deletes a few letters, which can switch a gene off. ${cutOwn}

CRISPR is cheaper, faster and easier to use than earlier tools, and it is now used in thousands of laboratories. In 2023 regulators in the United Kingdom and the United States approved the first CRISPR-based therapy, for sickle cell disease and beta thalassaemia.

${cutEnd}`

const light = `CRISPR gene editing is a method in molecular biology that lets scientists alter the DNA of living things with great accuracy. It is built on a natural defence mechanism in bacteria, which keep short pieces of DNA from viruses that have infected them in parts of their genome known as CRISPR, which stands for clustered regularly interspaced short palindromic repeats. If the same virus attacks a second time, the bacterium makes RNA copies of the saved pieces, and these lead an enzyme to the matching viral DNA, which it then cuts.

The enzyme used most often is Cas9, which comes from the bacterium Streptococcus pyogenes. In 2012 Jennifer Doudna and Emmanuelle Charpentier demonstrated that Cas9 could be directed by a short artificial guide RNA to cut any DNA sequence they chose in a test tube. A few months later, Feng Zhang and George Church separately showed that the system worked in human and mouse cells. Doudna and Charpentier were awarded the Nobel Prize in Chemistry in 2020.

After Cas9 has cut through both strands of DNA, the cell mends the break. The repair frequently adds or removes a few letters, which can turn a gene off; if template DNA is provided, the cell may copy it into the gap, so a sequence can be corrected or added.`

const heavyGood = `CRISPR gene editing borrows a trick from bacteria. They keep short fragments of DNA from viruses that have infected them in parts of their genome called CRISPR (clustered regularly interspaced short palindromic repeats); if the same virus returns, RNA copies of those fragments lead an enzyme to the matching viral DNA, and the enzyme cuts it.

The breakthrough came in 2012, when Jennifer Doudna and Emmanuelle Charpentier showed that Cas9, an enzyme from Streptococcus pyogenes, could be programmed with a short synthetic guide RNA to cut whatever DNA sequence they chose. Within months Feng Zhang and George Church had it working in human and mouse cells, and Doudna and Charpentier shared the 2020 Nobel Prize in Chemistry.

Cas9 cuts both strands, and the cell's repair usually adds or removes a few letters, which switches the gene off; given a template, the cell may copy it in, so a faulty sequence can be corrected. Base editing and prime editing now change single letters without a double cut.

Because it is cheaper, faster and simpler than zinc-finger nucleases or TALENs, thousands of labs use CRISPR, for gene-function research, disease-resistant crops and therapies – the first, for sickle cell disease and beta thalassaemia, was approved in the UK and US in 2023. Editing embryos is the main worry: He Jiankui, who announced gene-edited twins in 2018, was jailed for three years.`

const heavyWeak = `CRISPR is a new way of editing genes which was discovered from bacteria. Bacteria use it to fight viruses. They keep bits of the virus DNA, and if the virus comes back they use RNA to find it and an enzyme cuts it up.

Scientists use an enzyme called Cas9 and a guide RNA which they make in the lab. The guide RNA takes Cas9 to the exact place in the DNA that they want and Cas9 cuts it. Then the cell tries to fix the cut, but it often makes mistakes which stops the gene working. Or scientists can give it a piece of DNA to copy so they can fix a faulty gene.

Jennifer Doudna and Emmanuelle Charpentier found out how to do this in 2012 and they won the Nobel Prize in 2020. It is much easier and cheaper than the old methods so loads of labs use it now. It can be used to make crops that don't get diseases and to treat illnesses like sickle cell, which got the first treatment approved in 2023.

But some people think it is wrong, especially editing babies. A scientist in China called He Jiankui edited twin girls in 2018 and he went to prison.`

const nonTextbook = `DNA, or deoxyribonucleic acid, is the molecule that carries the genetic instructions of all living organisms. It has the shape of a double helix, discovered by James Watson and Francis Crick in 1953 with the help of X-ray images taken by Rosalind Franklin. Each strand is made of four bases, adenine, thymine, guanine and cytosine, and the order of these bases forms a code. A gene is a section of DNA that codes for a particular protein.

Genetic engineering means changing the DNA of an organism, usually by adding a gene from another organism. In the 1970s scientists learned to use restriction enzymes to cut DNA at specific sequences and ligase enzymes to join pieces together. One of the first products was human insulin made by bacteria, which replaced insulin taken from pigs and cattle. Genetically modified crops, such as maize that is resistant to insects, are now grown widely in some countries, although they are controversial in Europe.

Gene therapy tries to treat genetic disorders, such as cystic fibrosis, by inserting a working copy of a gene into a patient's cells, often using a harmless virus to carry it. Progress has been slower than scientists hoped, but several gene therapies have now been approved.`

const nonEthics = `The idea of "designer babies" has moved from science fiction to a real ethical debate. If it becomes possible to change the genes of an embryo safely, should parents be allowed to do it? Most people agree that preventing a serious inherited disease, such as Huntington's disease, would be a good thing. The difficulty is where to draw the line.

Critics worry that once editing is accepted for disease, it will be used for enhancement: height, intelligence or athletic ability. Since such treatment would be expensive, it could create a new inequality between families who can afford better genes and those who cannot. Changes made to embryos would also be passed on to all future generations, who cannot give their consent, and mistakes could spread through a family for centuries.

Supporters argue that parents already make choices that shape their children's lives, and that refusing a safe treatment that could prevent suffering is itself a moral choice. Many also point out that couples at risk can already use IVF and test embryos before implantation, which avoids editing altogether.

Most countries currently ban heritable genome editing, and international scientific bodies have called for a moratorium until the safety and social questions are better understood.`

const nonPatient = `For most of her life, Grace Adeyemi, 27, has spent several weeks a year in hospital with the crises of sickle cell disease, an inherited blood disorder in which red blood cells become stiff and crescent-shaped and block small blood vessels, causing severe pain. Last year she became one of the first patients at her hospital to receive a new gene therapy.

The treatment is long and demanding. Doctors collect stem cells from the patient's bone marrow and modify them in a laboratory so that they produce fetal haemoglobin, a form of the protein that the body normally stops making after birth. The patient then receives high-dose chemotherapy to clear the old bone marrow before the modified cells are returned.

"The chemotherapy was the hardest thing I have ever done," Ms Adeyemi said. "But I have not had a single crisis in fourteen months."

The therapy costs more than a million pounds per patient, and health services are negotiating with the manufacturer over its price. Sickle cell disease affects about 15,000 people in the UK, most of African or Caribbean heritage, and millions worldwide, especially in sub-Saharan Africa, where such expensive treatment is far out of reach.`

export const crisprEditing: AnswerSet = {
  topic: 'crispr-gene-editing',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn, cutEnd],
      note: 'cut: sentences of paragraphs 1–4 copied (the acronym, the species, Zhang and Church, templates, the older tools and the ethics dropped), an own analogy and an own opinion at the end'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–3 in order, synonyms ("technique" → "method", "precision" → "accuracy", "repairs" → "mends")'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good student: sentences merged and split, the applications and ethics folded together, the source’s defining clauses and all terms and names kept'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, weaker native student: plain words ("bits", "loads of labs"), the Nobel moved after the mechanism'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'textbook on DNA and genetic engineering from general knowledge: enzymes cut DNA, gene therapy, genetic disorders'
    },
    {
      level: 'non',
      text: nonEthics,
      note: 'an ethics essay on designer babies: embryos, future generations, heritable editing'
    },
    {
      level: 'non',
      text: nonPatient,
      note: 'a feature on a sickle cell patient’s gene therapy, from its own reporting'
    }
  ]
}
