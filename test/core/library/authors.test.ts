// Bylines as pages and papers print them, made a name — or refused when they are not one.
import { describe, expect, it } from 'vitest';
import { authorName } from '../../../electron/core/library/authors';

describe('an author from a byline', () => {
  it.each([
    ['By Anna Schmidt', 'Anna Schmidt'],
    ['ByTravis Haney', 'Travis Haney'],
    ['by\n      Nathan Tempey', 'Nathan Tempey'],
    ['Von Melanie Wassink', 'Melanie Wassink'],
    ['Par Jean Dupont', 'Jean Dupont'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['Daniel Bader', 'Daniel Bader'],
    ['Ronald McDonald', 'Ronald McDonald'],
    ['Penelope FitzGerald', 'Penelope FitzGerald'],
    ['Da Silva', 'Da Silva'],
    ['Von der Leyen', 'Von der Leyen'],
    ['By Joe DavidsonWashington PostDec 13, 2016 at 3:45 pm', 'Joe Davidson'],
    ['Gina TrapaniCEO', 'Gina Trapani'],
    ['Aja Romano@ajaromano', 'Aja Romano'],
    ['Mike Cason | mcason@al.com', 'Mike Cason'],
    ['18/03/2019 | André Mindermann', 'André Mindermann'],
    ['By Steven Shepard\n10/04/2016 05:07 AM EDT\n\nLink Copied', 'Steven Shepard'],
    ['Wednesday January 18, 2017 10:44 am PST by Juli Clover', 'Juli Clover'],
    ['Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments', 'Michael Larabel'],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', 'ZDNet Japan Staff'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['https://observer.com/author/sage-lazzaro', 'Sage Lazzaro'],
  ])('%j → %j', (raw, name) => {
    expect(authorName(raw)).toBe(name);
  });

  it.each([
    'By',
    'Enlarge Image',
    'Getty Image',
    'See Gallery',
    'Dec 1st 2016',
    'January 17, 2017 at',
    'https://www.facebook.com/someone',
    'Last Updated: January 7, 2025',
    '',
    null,
  ])('%j is no one', (raw) => {
    expect(authorName(raw)).toBeNull();
  });
});
