import type { CollectionPage, Country, Organization, Person as PersonLd, ProfilePage, WithContext } from 'schema-dts';
import type { Person } from '../people/person.ts';
import { explainerPath } from './shareTargets.ts';

/** The thing a person page is about: a Person, an Organization or a Country, with `sameAs` only where the registry gives it. */
function registeredThing(id: string, person: Person, url: string): PersonLd | Organization | Country {
  const common = {
    '@id': `${url}#${id}`,
    name: person.name,
    description: person.description,
    url,
    ...(person.aliases.length > 0 ? { alternateName: [...person.aliases] } : {}),
    ...(person.sameAs.length > 0 ? { sameAs: [...person.sameAs] } : {}),
  };
  switch (person.kind) {
    case 'person':
      return {
        '@type': 'Person',
        ...common,
        ...(person.roles.length > 0 ? { jobTitle: person.roles.at(-1)?.role ?? '' } : {}),
      };
    case 'country':
      return { '@type': 'Country', ...common };
    default:
      return { '@type': 'Organization', ...common };
  }
}

/** A person page: a schema.org ProfilePage about the registered person, naming the explainers they appear in. */
export function personPageJsonLd(input: {
  id: string;
  person: Person;
  /** The page's absolute URL. */
  url: string;
  site: URL | string;
  explainers: readonly { slug: string; title: string }[];
}): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: input.url,
    name: input.person.name,
    mainEntity: registeredThing(input.id, input.person, input.url),
    ...(input.explainers.length > 0
      ? {
          hasPart: input.explainers.map(({ slug, title }) => ({
            '@type': 'NewsArticle' as const,
            headline: title,
            url: new URL(explainerPath(slug), input.site).href,
          })),
        }
      : {}),
  };
}

/** A topic page: a schema.org CollectionPage of its explainers, in the order shown. */
export function topicPageJsonLd(input: {
  name: string;
  url: string;
  site: URL | string;
  explainers: readonly { slug: string; title: string }[];
}): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    url: input.url,
    name: input.name,
    about: { '@type': 'Thing', name: input.name },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: input.explainers.map(({ slug, title }, i) => ({
        '@type': 'ListItem' as const,
        position: i + 1,
        url: new URL(explainerPath(slug), input.site).href,
        name: title,
      })),
    },
  };
}
