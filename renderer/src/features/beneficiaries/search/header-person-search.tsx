import { useNavigate } from 'react-router';
import { peoplePaths } from '../paths';
import { PersonSearch } from './person-search';

/** The header's search field, on every screen: Ctrl+K focuses it. */
export function HeaderPersonSearch() {
  const navigate = useNavigate();
  return (
    <PersonSearch
      variant="header"
      withShortcut
      onPick={(person) => navigate(peoplePaths.person(person.id))}
      onRegister={(query) => navigate(peoplePaths.create(query))}
    />
  );
}
