import { parseScenario, scenarioFileJsonSchema } from '../simulator/model/parse';
console.log(parseScenario({}).ok);
const r = parseScenario({ device: { os: { build: 'abc', edition: 'Homee' }, joinState: 5 }, policies: { passwordReset: [{ kind: 'omaUri', omaUri: 'x', dataType: 'Int', value: 1 }] }, bogus: 1, user: { pin: { hasPinn: true } } });
console.log(JSON.stringify(r, null, 1));
console.log(JSON.stringify(scenarioFileJsonSchema()).length);
