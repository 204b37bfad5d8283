// Generated from specs/rhino/taobao.rhino.crm.gateway.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rhino.crm.gateway` (crm实体变更回调接口). */
export interface TaobaoRhinoCrmGatewayRequest {
  /** 探迹定义，formcode */
  form_code: string;
  /** 操作类型，create，update，delete */
  operate_type: string;
  /** 事件发生的时间戳 */
  event_timestamp: Int64Input;
  /** crm实体 */
  crm_entity: TaobaoRhinoCrmGatewayCrmEntityInput;
}

/** Response of `taobao.rhino.crm.gateway`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRhinoCrmGatewayResponse {
  /** 返回码，200成功，500失败 */
  ret_code?: Int64;
  /** 错误信息，如果失败时，错误信息 */
  message?: string;
  /** 是否成功 */
  content?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrmEntity` of `taobao.rhino.crm.gateway`. */
export interface TaobaoRhinoCrmGatewayCrmEntityInput {
  /** 修改时间 */
  gmt_modified: DateInput;
  /** 创建人名称 */
  creator: string;
  /** 实例id */
  instance_id: string;
  /** 创建人dingId */
  creator_ding_user_id: string;
  /** 数据json,修改时包括before data */
  data: string;
  /** 修改人dingId */
  modifier_ding_user_id: string;
  /** 修改人名称 */
  modifier: string;
  /** 创建时间 */
  gmt_create: DateInput;
}

const REQUEST_SCHEMA = {
  form_code: 'String',
  operate_type: 'String',
  event_timestamp: 'Number',
  crm_entity: {
    gmt_modified: 'Date',
    creator: 'String',
    instance_id: 'String',
    creator_ding_user_id: 'String',
    data: 'String',
    modifier_ding_user_id: 'String',
    modifier: 'String',
    gmt_create: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  message: 'String',
  content: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rhino.crm.gateway`: method, response root, request and response schemas. */
export const taobaoRhinoCrmGatewayOperation = {
  method: 'taobao.rhino.crm.gateway',
  responseRoot: 'rhino_crm_gateway_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * crm实体变更回调接口 — calls TOP method `taobao.rhino.crm.gateway`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRhinoCrmGateway(
  client: TopClient,
  request: TaobaoRhinoCrmGatewayRequest,
  options?: CallOptions,
): Promise<TaobaoRhinoCrmGatewayResponse> {
  return client.call<TaobaoRhinoCrmGatewayResponse>(
    {
      method: 'taobao.rhino.crm.gateway',
      responseRoot: 'rhino_crm_gateway_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
