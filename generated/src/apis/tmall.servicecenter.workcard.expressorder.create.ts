// Generated from specs/tmallservice/tmall.servicecenter.workcard.expressorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.expressorder.create` (物流订单创建API). */
export interface TmallServicecenterWorkcardExpressorderCreateRequest {
  /**
   * 物流单关联的工单List
   *
   * Max list size: 999
   */
  workcard_id_list: Int64Input[];
  /** 真实履约服务商Nick（非ERP系统不要填写） */
  real_tp_nick?: string;
  /** erp外部物流订单号 */
  external_logistics_order_id?: string;
}

/** Response of `tmall.servicecenter.workcard.expressorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardExpressorderCreateResponse {
  /** 创建结果 */
  result?: TmallServicecenterWorkcardExpressorderCreateFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.expressorder.create`. */
export interface TmallServicecenterWorkcardExpressorderCreateFulfilplatformResult {
  /** 返回信息 */
  result_data?: TmallServicecenterWorkcardExpressorderCreateExpressDto;
  /** 错误描述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** true 成功 false 失败 */
  success?: boolean;
}

/** `ExpressDto` of `tmall.servicecenter.workcard.expressorder.create`. */
export interface TmallServicecenterWorkcardExpressorderCreateExpressDto {
  /** 寄件单号（废弃） */
  express_order_id?: string;
  /** 快递单号 */
  mail_no?: string;
  /** 物流服务商账号名称 */
  company_name?: string;
  /** 打印免单信息 */
  print_info?: string;
  /** 物流订单号 */
  logistics_order_id?: Int64;
  /** 物流商账号ID（（ERP服务商依据不同的账号ID，走不同的物流系统对接方式）） */
  logistics_tp_id?: Int64;
}

const REQUEST_SCHEMA = {
  workcard_id_list: ['Number'],
  real_tp_nick: 'String',
  external_logistics_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      express_order_id: 'String',
      mail_no: 'String',
      company_name: 'String',
      print_info: 'String',
      logistics_order_id: 'Number',
      logistics_tp_id: 'Number',
    },
    msg_info: 'String',
    msg_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.expressorder.create`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardExpressorderCreateOperation = {
  method: 'tmall.servicecenter.workcard.expressorder.create',
  responseRoot: 'tmall_servicecenter_workcard_expressorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流订单创建API — calls TOP method `tmall.servicecenter.workcard.expressorder.create`.
 *
 * 天猫服务寄送类业务，服务商履约完成后寄回操作时，提供的物流寄件单创建API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardExpressorderCreate(
  client: TopClient,
  request: TmallServicecenterWorkcardExpressorderCreateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardExpressorderCreateResponse> {
  return client.call<TmallServicecenterWorkcardExpressorderCreateResponse>(
    {
      method: 'tmall.servicecenter.workcard.expressorder.create',
      responseRoot: 'tmall_servicecenter_workcard_expressorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
