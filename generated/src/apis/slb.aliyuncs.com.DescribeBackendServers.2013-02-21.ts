// Generated from specs/aliyun/slb.aliyuncs.com.DescribeBackendServers.2013-02-21.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `slb.aliyuncs.com.DescribeBackendServers.2013-02-21` (后端服务器健康检查). */
export interface SlbAliyuncsComDescribeBackendServers20130221Request {
  /** loadBalancerId */
  loadBalancerId: string;
  /**
   * listenerPort
   *
   * Min value: 1
   * Max value: 65535
   */
  listenerPort?: Int64Input;
}

/** Response of `slb.aliyuncs.com.DescribeBackendServers.2013-02-21`: TOP returns only requested, non-null fields, so all are optional. */
export interface SlbAliyuncsComDescribeBackendServers20130221Response {
  /** request id */
  requestid?: string;
  /** LoadBalancerId */
  loadbalancerid?: string;
  /** Listeners */
  listeners?: SlbAliyuncsComDescribeBackendServers20130221Listener[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Listener` of `slb.aliyuncs.com.DescribeBackendServers.2013-02-21`. */
export interface SlbAliyuncsComDescribeBackendServers20130221Listener {
  /** ListenerPort */
  listenerport?: Int64;
  /** BackendServers */
  backendservers?: SlbAliyuncsComDescribeBackendServers20130221BackendServerHealth[];
}

/** `BackendServerHealth` of `slb.aliyuncs.com.DescribeBackendServers.2013-02-21`. */
export interface SlbAliyuncsComDescribeBackendServers20130221BackendServerHealth {
  /** serverId */
  serverid?: string;
  /**
   * ServerHealthStatus
   * 后端服务器的健康状况，normal,abnormal或Unavailable。
   */
  serverhealthstatus?: string;
}

const REQUEST_SCHEMA = {
  loadBalancerId: 'String',
  listenerPort: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  requestid: 'String',
  loadbalancerid: 'String',
  listeners: [
    {
      listenerport: 'Number',
      backendservers: [
        {
          serverid: 'String',
          serverhealthstatus: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `slb.aliyuncs.com.DescribeBackendServers.2013-02-21`: method, response root, request and response schemas. */
export const slbAliyuncsComDescribeBackendServers20130221Operation = {
  method: 'slb.aliyuncs.com.DescribeBackendServers.2013-02-21',
  responseRoot: 'slb_aliyuncs_com_DescribeBackendServers_2013-02-21_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 后端服务器健康检查 — calls TOP method `slb.aliyuncs.com.DescribeBackendServers.2013-02-21`.
 *
 * 后端服务器健康检查，对SLB实例的后端服务器进行健康检查，返回后端服务器的健康状况。后端服务器的健康状况为normal,abnormal和Unavailable三种。其中Unavailable表示这个SLB实例没有配置健康检查，无法获取后端服务器的健康状况。如果没有传入ListenerPort，则表示对这个SLB实例下的所有Listener后端服务器进行健康检查。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function slbAliyuncsComDescribeBackendServers20130221(
  client: TopClient,
  request: SlbAliyuncsComDescribeBackendServers20130221Request,
  options?: CallOptions,
): Promise<SlbAliyuncsComDescribeBackendServers20130221Response> {
  return client.call<SlbAliyuncsComDescribeBackendServers20130221Response>(
    {
      method: 'slb.aliyuncs.com.DescribeBackendServers.2013-02-21',
      responseRoot: 'slb_aliyuncs_com_DescribeBackendServers_2013-02-21_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
