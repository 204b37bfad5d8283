// Generated from specs/tmallservice/alibaba.servicecenter.workcard.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.workcard.create` (服务平台工单创建接口). */
export interface AlibabaServicecenterWorkcardCreateRequest {
  /** 服务单id */
  sp_service_order_id: Int64Input;
  /** 申请工单时的序号，对应服务单上的serviceSequence。用于控制幂等，防重复提交 */
  service_sequence?: Int64Input;
  /** 申请次数 */
  service_count?: Int64Input;
  /** 工单属性，json格式字符串 */
  attributes?: string;
  /** 工单外部唯一键单号 */
  outer_id?: string;
  /** 服务提供者信息 */
  service_provider?: AlibabaServicecenterWorkcardCreateServiceProviderDtoInput;
}

/** Response of `alibaba.servicecenter.workcard.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterWorkcardCreateResponse {
  /** 返回参数 */
  result?: AlibabaServicecenterWorkcardCreateFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceProviderDto` of `alibaba.servicecenter.workcard.create`. */
export interface AlibabaServicecenterWorkcardCreateServiceProviderDtoInput {
  /** 服务商nick */
  tp_nick?: string;
  /** 服务商id */
  tp_id?: Int64Input;
  /** 商家网点名称 */
  seller_store_name?: string;
  /** 商家网点编号 */
  seller_store_code?: string;
  /** 商家网点id */
  seller_store_id?: Int64Input;
}

/** `FulfilplatformResult` of `alibaba.servicecenter.workcard.create`. */
export interface AlibabaServicecenterWorkcardCreateFulfilplatformResult {
  /** 显示信息,如：服务单失效，无法发起 */
  msg_info?: string;
  /** 工单Id */
  workcard_id?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 消息code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  sp_service_order_id: 'Number',
  service_sequence: 'Number',
  service_count: 'Number',
  attributes: 'String',
  outer_id: 'String',
  service_provider: {
    tp_nick: 'String',
    tp_id: 'Number',
    seller_store_name: 'String',
    seller_store_code: 'String',
    seller_store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    workcard_id: 'Number',
    success: 'Boolean',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.workcard.create`: method, response root, request and response schemas. */
export const alibabaServicecenterWorkcardCreateOperation = {
  method: 'alibaba.servicecenter.workcard.create',
  responseRoot: 'alibaba_servicecenter_workcard_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务平台工单创建接口 — calls TOP method `alibaba.servicecenter.workcard.create`.
 *
 * 创建服务平台工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterWorkcardCreate(
  client: TopClient,
  request: AlibabaServicecenterWorkcardCreateRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterWorkcardCreateResponse> {
  return client.call<AlibabaServicecenterWorkcardCreateResponse>(
    {
      method: 'alibaba.servicecenter.workcard.create',
      responseRoot: 'alibaba_servicecenter_workcard_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
