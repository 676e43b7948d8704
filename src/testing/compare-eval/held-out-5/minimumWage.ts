// Held out, fifth batch. An encyclopedia-style article on the minimum wage, and students’ short answers to
// "What is a minimum wage, and what are its economic effects?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `A minimum wage is the lowest hourly, daily or monthly pay that employers may legally pay their workers. The first national minimum wage law was passed in New Zealand in 1894, followed by Australia's state of Victoria in 1896, where wage boards set minimum rates in trades known for very low pay. In the United States a federal minimum wage of 25 cents an hour was introduced by the Fair Labor Standards Act of 1938, and the United Kingdom introduced a national minimum wage in April 1999 at £3.60 an hour for adults.

Today most countries have some form of minimum wage, although the way it is set varies. In some it is fixed by law or by government decree; in others, such as the UK with its Low Pay Commission, an independent body of employers, trade unionists and economists recommends a rate each year. Several Nordic countries, including Sweden and Denmark, have no statutory minimum wage and rely instead on collective agreements between unions and employers.

The economic effects of a minimum wage are among the most studied questions in labour economics. In the simplest competitive model of the labour market, a wage floor set above the market-clearing level reduces the number of jobs, harming the least skilled workers it is meant to help. In a monopsony, however, where a few employers have power to hold wages down, a moderate minimum wage can raise both pay and employment.

Empirical research has challenged the simple model. A widely cited 1994 study by David Card and Alan Krueger compared fast-food restaurants in New Jersey, which had raised its minimum wage, with restaurants across the border in Pennsylvania, and found no fall in employment. Later studies have reached mixed conclusions, but many economists now accept that moderate increases have small effects on employment, while very high minimum wages relative to the typical wage carry greater risks.

Supporters argue that minimum wages reduce poverty and inequality and limit exploitation. Critics reply that they can raise prices, encourage automation and push some work into the informal economy, and that benefits paid through the tax system are a better-targeted way to help low-income households.`

const cutOwn = 'Economists have argued about it for a long time.'

const cutIntro = 'The minimum wage is one of the most discussed topics in economics.'

const cutEnd = 'Overall, the effect seems to depend on how high the minimum wage is set.'

const cut = `${cutIntro} A minimum wage is the lowest hourly, daily or monthly pay that employers may legally pay their workers. The first national minimum wage law was passed in New Zealand in 1894. In the United States a federal minimum wage of 25 cents an hour was introduced by the Fair Labor Standards Act of 1938, and the United Kingdom introduced a national minimum wage in April 1999.

${cutOwn}

In the simplest competitive model of the labour market, a wage floor set above the market-clearing level reduces the number of jobs, harming the least skilled workers it is meant to help. In a monopsony, however, where a few employers have power to hold wages down, a moderate minimum wage can raise both pay and employment.

A widely cited 1994 study by David Card and Alan Krueger compared fast-food restaurants in New Jersey, which had raised its minimum wage, with restaurants in Pennsylvania, and found no fall in employment. Many economists now accept that moderate increases have small effects on employment.

Supporters argue that minimum wages reduce poverty and inequality. Critics reply that they can raise prices, encourage automation and push some work into the informal economy.

${cutEnd}`

const light = `A minimum wage is the lowest pay per hour, day or month that employers are legally allowed to pay their staff. The first national minimum wage law was introduced in New Zealand in 1894, and the Australian state of Victoria followed in 1896, where wage boards fixed minimum rates in trades that were known for paying very little. In the US, a federal minimum wage of 25 cents an hour was brought in by the Fair Labor Standards Act of 1938, and the UK started a national minimum wage in April 1999 at £3.60 an hour for adults.

Nowadays most countries have a minimum wage of some kind, but how it is decided differs. In some countries it is set by law or government decree; in others, like the UK with its Low Pay Commission, an independent group of employers, union members and economists proposes a rate every year. Some Nordic countries, for example Sweden and Denmark, have no legal minimum wage and depend on collective agreements between unions and employers instead.

The economic effects of the minimum wage are one of the most researched topics in labour economics. In the basic competitive model of the labour market, a wage floor above the level at which the market clears cuts the number of jobs, hurting the low-skilled workers it is supposed to help. In a monopsony, on the other hand, where a small number of employers can keep wages low, a moderate minimum wage can increase both pay and employment.`

const heavyGood = `Economists disagree about what a minimum wage does to jobs. In the simplest competitive model of the labour market, a wage floor above the market-clearing level means fewer jobs, and the least skilled – the very workers it is meant to help – lose out first. But in a monopsony, where a few employers can hold wages down, a moderate minimum wage can raise both pay and employment.

The evidence has undermined the simple model. Card and Krueger's 1994 study compared fast-food restaurants in New Jersey, after it raised its minimum, with those across the border in Pennsylvania and found that employment did not fall. Later work is mixed, but many economists now accept that moderate rises cost few jobs, while a minimum that is very high relative to typical pay carries more risk.

The idea itself is old. New Zealand legislated first, in 1894, and Victoria's wage boards followed in 1896; the US Fair Labor Standards Act of 1938 set 25 cents an hour, and Britain's national minimum wage began in April 1999 at £3.60. Rates are fixed by law or decree, or recommended every year by a body such as the Low Pay Commission, while Sweden and Denmark leave it to collective bargaining. Supporters say a minimum wage cuts poverty and exploitation; critics point to higher prices, automation and the informal economy, and would rather help poor households through the tax system.`

const heavyWeak = `Minimum wage is the smallest salary that an employer is allowed to pay by law, per hour or per month. In UK it exists since 1999 (£3.60 at the beginning), in USA since 1938 (25 cents), but the first country was New Zealand in 1894. In some countries the government decides it, in UK there is the Low Pay Commission which recommends it every year. In Sweden and Denmark there is no minimum wage by law, the unions and employers negotiate it.

What are the effects? According to the classical model, when the minimum wage is higher than the equilibrium wage, there will be unemployment, especially for people with low qualification. But if there is monopsony (only few employers, they have market power), then minimum wage can increase wages and also employment.

In reality it is not so clear. Card and Krueger (1994) looked at fast-food restaurants in New Jersey, where the minimum wage went up, and in Pennsylvania, and they did not find less employment. Today many economists think that a moderate minimum wage has only small effects on jobs, but a very high one is risky.

Pro: less poverty, less inequality. Contra: higher prices, more automation, more black work. Some say it is better to help poor households with tax benefits.`

const nonTextbook = `A price floor is a minimum price set by the government, below which a good or service cannot legally be sold. For a price floor to have any effect, it must be set above the equilibrium price, the price at which the quantity supplied equals the quantity demanded. At the higher price, producers want to sell more but consumers want to buy less, so a surplus results.

The best-known example of a price floor in the labour market is the minimum wage. Here workers are the suppliers and firms are the demanders of labour. If the minimum wage is set above the equilibrium wage, more people will want to work at that wage than firms wish to employ, and the surplus of labour is unemployment. The size of the effect depends on the elasticity of demand for labour: if firms can easily replace workers with machines, demand is elastic and more jobs will be lost.

Price floors are also common in agriculture. The European Union's Common Agricultural Policy once guaranteed farmers minimum prices for products such as butter and grain, and the government bought up the surplus, leading to the famous "butter mountains" and "wine lakes" of the 1980s.`

const nonLivingWage = `The Living Wage campaign began in 2001 in East London, when parents, churches and mosques organised by the charity Citizens UK argued that the legal minimum was not enough to live on in one of the most expensive cities in the world. Cleaners at banks in Canary Wharf, they pointed out, were earning a fraction of what the people whose offices they cleaned earned, and many had two or three jobs.

The campaign calculates a voluntary "real Living Wage" each year, based on the cost of a basket of household goods and services, with a higher rate for London. Employers who agree to pay it to all their staff, including contracted cleaners and security guards, can become accredited. Thousands of employers have signed up, from football clubs to universities and large banks.

In 2016 the government introduced a higher statutory rate for older workers and called it the National Living Wage, which campaigners said was confusing because it was not based on living costs. Supporters of the voluntary scheme say it has raised the pay of hundreds of thousands of workers; some businesses say the costs are too high for small firms.`

const nonCafe = `I work in a café on Saturdays and I get paid the minimum wage for my age, which is less than adults get. I think this is unfair because I do exactly the same work as the older staff, making coffees, cleaning tables and serving customers. My manager says the lower rate is so that businesses will give young people a chance to get experience.

Most of my friends who work also get minimum wage, in shops, restaurants or doing deliveries. Some of them are on zero-hours contracts, which means they do not know how many hours they will get each week, so even if the wage per hour goes up they might not earn more money overall.

The prices in the café went up last year and my manager said it was because of the new minimum wage and the energy bills. But I think the owner still makes a lot of money. In my opinion the minimum wage should be the same for everyone over sixteen and it should be high enough to pay rent, because at the moment most young people could never afford to live on their own.`

export const minimumWage: AnswerSet = {
  topic: 'minimum-wage',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutIntro, cutOwn, cutEnd],
      note: 'cut: sentences of paragraphs 1, 3, 4 and 5 copied (Victoria, the UK rate, how rates are set, "across the border", the tax argument dropped), an own opening, linking and closing sentence'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–3 in order, synonyms ("passed" → "introduced", "recommends" → "proposes", "reduces" → "cuts")'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good economics student: theory and evidence first, history compressed at the end, sentences merged, the source’s key clauses kept inside new sentences'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, German-speaking student: short sentences, "black work", pro and contra as a list, the source’s order partly kept'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'economics textbook on price floors from general knowledge: equilibrium wage, unemployment, surplus'
    },
    {
      level: 'non',
      text: nonLivingWage,
      note: 'background on the Living Wage campaign from general knowledge: legal minimum, employers, statutory rate'
    },
    {
      level: 'non',
      text: nonCafe,
      note: 'a young worker’s personal view of the minimum wage, written without the source'
    }
  ]
}
