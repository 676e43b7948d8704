// Held out, third batch. A tennis player's farewell statement, and answers written from it (or not). The
// cut answer also quotes her coach: words not from her statement.
import type { AnswerSet } from '../answers/types'

const source = `Statement by Hana Lindqvist

After nineteen years as a professional, I have decided that this year's season will be my last. My final tournament will be the national championships in Gothenburg in October, where I played my first professional match in 2006.

This was not an easy decision. My body has given me many warnings over the past two years, and after my third operation on my right knee in March, I know it is time. I want to leave the court while I can still compete, not when I can no longer walk onto it.

I have been lucky. I have won 14 titles, played in two Grand Slam finals and represented my country at four Olympic Games. But what I will remember most are the people: my family, who drove me to tournaments when I was a child, my coach Peter Sandberg, who has been with me for twelve years, and the fans who kept cheering even when I lost.

Tennis has given me everything, and I want to give something back. Next year I will open an academy in Malmö for children whose families cannot afford lessons.

Thank you for everything. See you in Gothenburg.`

const cut = `Hana Lindqvist has announced that this season will be her last. "After nineteen years as a professional, I have decided that this year's season will be my last," she wrote in a statement on Tuesday. "My final tournament will be the national championships in Gothenburg in October, where I played my first professional match in 2006."

The 36-year-old said: "My body has given me many warnings over the past two years, and after my third operation on my right knee in March, I know it is time. I want to leave the court while I can still compete, not when I can no longer walk onto it."

She has won 14 titles, played in two Grand Slam finals and represented her country at four Olympic Games. Next year she will open an academy in Malmö for children whose families cannot afford lessons.

Her coach, Peter Sandberg, who has been with her for twelve years, said he was proud of her. "She never gave up on a point, and she never gave up on a person either," he said. "The children in Malmö are lucky."`

const light = `After nineteen years on the professional tour, I have decided that this season will be my final one. My last tournament will be the national championships in Gothenburg in October, where I played my first match as a professional in 2006.

It was not an easy choice. My body has sent me plenty of warnings in the last two years, and after a third operation on my right knee in March, I know the time has come. I want to leave the court while I am still able to compete, not when I can no longer walk on to it.

I have been fortunate. I have won 14 titles, reached two Grand Slam finals and played for my country at four Olympic Games. But what I will remember above all is the people: my family, who drove me to tournaments as a child, my coach Peter Sandberg, who has been by my side for twelve years, and the fans who kept cheering me even when I lost.

Tennis has given me everything, and I would like to give something back. Next year I am opening an academy in Malmö for children whose families cannot pay for lessons.

Thank you for everything. See you in Gothenburg.`

const heavy = `Hana Lindqvist will play her last professional match in October, at the national championships in Gothenburg, the same event where her career began back in 2006. She announced on Tuesday that, after nineteen seasons, she is stopping.

Injury forced her hand. A third knee operation in March, on the right knee again, followed two years in which she says her body kept warning her, and she would rather go while still able to win matches than limp away.

Her record includes 14 titles and two appearances in Grand Slam finals, and she has played at four Olympics. Yet in her farewell message it was people rather than trophies she dwelt on: the parents who used to drive her around the junior circuit, Peter Sandberg, who has coached her for the last twelve years, and the supporters who stayed loyal through defeats.

She will not be leaving the sport altogether. In Malmö next year she plans to start an academy offering coaching to children from families without the money to pay for it.`

const quoteOnly = `Tickets for the national tennis championships in Gothenburg have sold out for the first time in the tournament's history, the organisers said on Wednesday, two months before the first ball is struck.

Demand has been driven by the farewell of Hana Lindqvist, who will end her career at the event. In announcing her retirement, Lindqvist explained: "I want to leave the court while I can still compete, not when I can no longer walk onto it."

The organisers have added 1,500 seats to the centre court by building a temporary stand, and the final will be shown on a large screen in the city's main square. The tournament director, Anders Nyberg, said the event would also raise money for a tennis programme for children in the city's poorer districts. Hotels near the venue report that they are fully booked for the final weekend, and the city has asked visitors to use public transport, as parking near the courts will be limited.`

const nonOtherPlayer = `Swiss doubles specialist Luca Meier has announced his retirement from professional tennis at the age of 38, ending a career that brought him 22 doubles titles and an Olympic bronze medal.

Meier, who has struggled with a back injury since last summer, said in a statement on his social media accounts that he would play his final match at the Basel tournament next month. "My body is telling me that it is time," he wrote. "I have loved every minute, even the hard ones."

He thanked his family, his long-time partner on court, and the fans who had supported him through "the good times and the bad". Meier turned professional in 2005 and reached the semi-finals of a Grand Slam three times.

He said he planned to stay in tennis, possibly as a coach, and would spend more time with his two young children. The Swiss tennis federation said it would hold a ceremony in his honour after his last match in Basel.`

const nonColumn = `Deciding when to stop is one of the hardest choices in professional sport. Few tennis players leave at the top: most go when injuries pile up, when the ranking slips or when the travel becomes too much for their families.

Some announce their retirement months in advance and play a farewell season, saying goodbye at tournaments that meant something to them. Others stop suddenly, after one operation too many. Both paths have their critics. A farewell tour can become a distraction, while a sudden exit leaves fans without a chance to say thank you.

What comes after matters as much. Many former players go into coaching, commentary or running academies for young players, and some of the best-known have set up foundations that give children from poor families a chance to play. Others leave the sport behind entirely.

Sports psychologists say the players who cope best are those who plan their next step while they are still competing, and who see themselves as more than an athlete.`

export const tennisFarewell: AnswerSet = {
  topic: 'tennis-farewell',
  source,
  sourceSpeaker: 'Hana Lindqvist',
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a news story made of her quoted sentences and first-person ones put in the third person; her coach quoted, who is not in the statement',
      own: ['"She never gave up on a point, and she never gave up on a person either," he said. "The children in Malmö are lucky."']
    },
    { level: 'light', text: light, note: 'stays in the first person, as the statement is' },
    { level: 'heavy', text: heavy },
    {
      level: 'quote',
      text: quoteOnly,
      note: 'one sentence of the statement quoted in a story about ticket sales',
      own: [
        "Tickets for the national tennis championships in Gothenburg have sold out for the first time in the tournament's history, the organisers said on Wednesday, two months before the first ball is struck.",
        'Demand has been driven by the farewell of Hana Lindqvist, who will end her career at the event. In announcing her retirement, Lindqvist explained:',
        "The organisers have added 1,500 seats to the centre court by building a temporary stand, and the final will be shown on a large screen in the city's main square. The tournament director, Anders Nyberg, said the event would also raise money for a tennis programme for children in the city's poorer districts. Hotels near the venue report that they are fully booked for the final weekend, and the city has asked visitors to use public transport, as parking near the courts will be limited."
      ]
    },
    {
      level: 'non',
      text: nonOtherPlayer,
      note: 'another player retiring: my body is telling me that it is time, final match, thanked his family and the fans, Grand Slam'
    },
    {
      level: 'non',
      text: nonColumn,
      note: 'a column on retiring: farewell season, one operation too many, academies for children from poor families'
    }
  ]
}
