// Generated from specs/tmallservice/tmall.servicecenter.workcard.extracharge.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.extracharge.create` (创建工单额外收费项). */
export interface TmallServicecenterWorkcardExtrachargeCreateRequest {
  /** 工单id */
  workcard_id: Int64Input;
  /** 额外收费项列表 */
  extra_charge_item_list: TmallServicecenterWorkcardExtrachargeCreateWorkcardExtraChargeCreateTupleInput;
}

/** Response of `tmall.servicecenter.workcard.extracharge.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardExtrachargeCreateResponse {
  /** 返回结果 */
  result?: TmallServicecenterWorkcardExtrachargeCreateFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkcardExtraChargeCreateTuple` of `tmall.servicecenter.workcard.extracharge.create`. */
export interface TmallServicecenterWorkcardExtrachargeCreateWorkcardExtraChargeCreateTupleInput {
  /** 费用项单价(分) */
  unit_price?: Int64Input;
  /** 购买数量 */
  buy_amount?: Int64Input;
  /** 费用项名称 */
  charge_item_name?: string;
  /** 图片地址回传集合 */
  pic_urls?: string[];
  /** 扩展字段 */
  attributes?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.extracharge.create`. */
export interface TmallServicecenterWorkcardExtrachargeCreateFulfilplatformResult {
  /** 是否成功 */
  success?: string;
  /** 响应码 */
  msg_info?: string;
  /** 响应信息 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  extra_charge_item_list: {
    unit_price: 'Number',
    buy_amount: 'Number',
    charge_item_name: 'String',
    pic_urls: ['String'],
    attributes: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'String',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.extracharge.create`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardExtrachargeCreateOperation = {
  method: 'tmall.servicecenter.workcard.extracharge.create',
  responseRoot: 'tmall_servicecenter_workcard_extracharge_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建工单额外收费项 — calls TOP method `tmall.servicecenter.workcard.extracharge.create`.
 *
 * 创建额外收费项
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardExtrachargeCreate(
  client: TopClient,
  request: TmallServicecenterWorkcardExtrachargeCreateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardExtrachargeCreateResponse> {
  return client.call<TmallServicecenterWorkcardExtrachargeCreateResponse>(
    {
      method: 'tmall.servicecenter.workcard.extracharge.create',
      responseRoot: 'tmall_servicecenter_workcard_extracharge_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
