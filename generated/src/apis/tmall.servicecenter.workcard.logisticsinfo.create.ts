// Generated from specs/tmallsc/tmall.servicecenter.workcard.logisticsinfo.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.logisticsinfo.create` (创建服务履约物流单). */
export interface TmallServicecenterWorkcardLogisticsinfoCreateRequest {
  /** 创建服务履约物流单信息 */
  create_logistics_order_request: TmallServicecenterWorkcardLogisticsinfoCreateCreateLogisticsOrderRequestInput;
}

/** Response of `tmall.servicecenter.workcard.logisticsinfo.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardLogisticsinfoCreateResponse {
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateLogisticsOrderRequest` of `tmall.servicecenter.workcard.logisticsinfo.create`. */
export interface TmallServicecenterWorkcardLogisticsinfoCreateCreateLogisticsOrderRequestInput {
  /** 外部单据id */
  outer_id: string;
  /** STAGE1:一阶段物流 STAGE2:二阶段物流 */
  type: string;
  /** 逗号分隔的工单id列表 */
  workcard_ids: string;
  /** 快递单号 */
  mail_no: string;
  /** 快递公司 */
  company_name: string;
  /** 目的地四级地址编码 */
  to_address_location?: string;
  /** 目的地详细地址 */
  to_address_detail?: string;
  /** 取件四级地址编码 */
  from_address_location?: string;
  /** 取件详细地址 */
  from_address_detail?: string;
}

const REQUEST_SCHEMA = {
  create_logistics_order_request: {
    outer_id: 'String',
    type: 'String',
    workcard_ids: 'String',
    mail_no: 'String',
    company_name: 'String',
    to_address_location: 'String',
    to_address_detail: 'String',
    from_address_location: 'String',
    from_address_detail: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.logisticsinfo.create`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardLogisticsinfoCreateOperation = {
  method: 'tmall.servicecenter.workcard.logisticsinfo.create',
  responseRoot: 'tmall_servicecenter_workcard_logisticsinfo_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建服务履约物流单 — calls TOP method `tmall.servicecenter.workcard.logisticsinfo.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardLogisticsinfoCreate(
  client: TopClient,
  request: TmallServicecenterWorkcardLogisticsinfoCreateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardLogisticsinfoCreateResponse> {
  return client.call<TmallServicecenterWorkcardLogisticsinfoCreateResponse>(
    {
      method: 'tmall.servicecenter.workcard.logisticsinfo.create',
      responseRoot: 'tmall_servicecenter_workcard_logisticsinfo_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
