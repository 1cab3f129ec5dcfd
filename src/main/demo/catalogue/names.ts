// Fictional names by site, so a person's name fits where they work. First and last names are
// drawn independently, so any resemblance to a real person is chance.
import type { LocationKey } from './org';

interface NamePool {
  first: readonly string[];
  last: readonly string[];
}

const irish: NamePool = {
  first: ['Aoife', 'Ciara', 'Niamh', 'Siobhán', 'Orla', 'Róisín', 'Sinéad', 'Emma', 'Sarah', 'Grace', 'Clodagh', 'Éabha', 'Cian', 'Conor', 'Darragh', 'Eoin', 'Liam', 'Oisín', 'Seán', 'Ronan', 'Fionn', 'Declan', 'Patrick', 'Jack', 'Cathal', 'Brian', 'Aisling', 'Méabh', 'Tadhg', 'Colm'],
  last: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Smith', "O'Brien", 'Byrne', 'Ryan', "O'Connor", "O'Neill", 'Reilly', 'Doyle', 'McCarthy', 'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn', 'Moore', 'McLoughlin', 'Carroll', 'Connolly', 'Daly', 'Brennan', 'Fitzgerald', 'Nolan', 'Whelan', 'Power', 'Hayes'],
};

const english: NamePool = {
  first: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Jessica', 'Sophie', 'Chloe', 'Lucy', 'Hannah', 'Priya', 'Aisha', 'Zara', 'Megan', 'Ellie', 'Harriet', 'Oliver', 'George', 'Harry', 'Jacob', 'Thomas', 'James', 'William', 'Daniel', 'Mohammed', 'Arjun', 'Samuel', 'Joshua', 'Ryan', 'Callum', 'Kieran'],
  last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hughes', 'Lewis', 'Harrison', 'Turner', 'Hill', 'Cooper', 'Ward'],
};

const portuguese: NamePool = {
  first: ['Maria', 'Ana', 'Beatriz', 'Inês', 'Mariana', 'Leonor', 'Carolina', 'Matilde', 'Sofia', 'Rita', 'Joana', 'Catarina', 'Marta', 'Sara', 'Filipa', 'João', 'Tiago', 'Rodrigo', 'Miguel', 'Pedro', 'Diogo', 'Gonçalo', 'Francisco', 'Rui', 'André', 'Bruno', 'Nuno', 'Ricardo', 'Duarte', 'Henrique'],
  last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso', 'Rocha'],
};

const polish: NamePool = {
  first: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Zofia', 'Julia', 'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Jakub', 'Wojciech'],
  last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski'],
};

export const NAMES: Record<LocationKey, NamePool> = {
  dublin: irish,
  manchester: english,
  lisbon: portuguese,
  warsaw: polish,
};

/** Native language of people hired at each site: recorded as an extra, self-reported skill. */
export const NATIVE_LANGUAGE = {
  dublin: 'english',
  manchester: 'english',
  lisbon: 'portuguese',
  warsaw: 'polish',
} as const satisfies Record<LocationKey, string>;
