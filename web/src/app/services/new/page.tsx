import { ServiceDeployment } from '@/components/ServiceDeployment';

export default function DeployPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Deploy a service</h1>
          <div className="sub">
            Checked as the server checks it; the server&apos;s word lands on the field it names
          </div>
        </div>
      </div>
      <ServiceDeployment />
    </>
  );
}
