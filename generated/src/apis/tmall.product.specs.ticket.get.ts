// Generated from specs/product/tmall.product.specs.ticket.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.specs.ticket.get` (产品规格审核信息获取接口). */
export interface TmallProductSpecsTicketGetRequest {
  /** 产品规格ID，多个用逗号分隔 */
  spec_ids: string;
}

/** Response of `tmall.product.specs.ticket.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSpecsTicketGetResponse {
  /** 产品规格审核单信息 */
  tickets?: TmallProductSpecsTicketGetTicket[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Ticket` of `tmall.product.specs.ticket.get`. */
export interface TmallProductSpecsTicketGetTicket {
  /** 产品规格ID */
  spec_id?: Int64;
  /** 创建人ID */
  create_user_id?: Int64;
  /** 如果产品规格，需要商家审核，为商家审核用户ID */
  audit_seller_id?: Int64;
  /** 审核原因 */
  reason?: string;
  /** 关于审核原因，更详细的说明 */
  memo?: string;
  /**
   * 1, "商家确认"
   * 2, "商家拒绝"
   * 3, "小二确认"
   * 4, "小二拒绝"
   * 5, "待商家处理"
   * 6, "商家审核超时"
   * 7, "待小二审核"
   * 9, "品牌商确认"
   * 10, "免审通过"
   * 14, "免审拒绝"
   */
  status?: Int64;
  /** 产品规格申请时间 */
  gmt_create?: string;
  /** 产品规格审核单最后修改时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  spec_ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tickets: [
    {
      spec_id: 'Number',
      create_user_id: 'Number',
      audit_seller_id: 'Number',
      reason: 'String',
      memo: 'String',
      status: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.specs.ticket.get`: method, response root, request and response schemas. */
export const tmallProductSpecsTicketGetOperation = {
  method: 'tmall.product.specs.ticket.get',
  responseRoot: 'tmall_product_specs_ticket_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品规格审核信息获取接口 — calls TOP method `tmall.product.specs.ticket.get`.
 *
 * 批量根据specId查询产品规格审核信息包括产品规格状态，申请人，拒绝原因等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSpecsTicketGet(
  client: TopClient,
  request: TmallProductSpecsTicketGetRequest,
  options?: CallOptions,
): Promise<TmallProductSpecsTicketGetResponse> {
  return client.call<TmallProductSpecsTicketGetResponse>(
    {
      method: 'tmall.product.specs.ticket.get',
      responseRoot: 'tmall_product_specs_ticket_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
