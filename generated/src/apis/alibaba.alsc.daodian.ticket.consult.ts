// Generated from specs/alscmerchant/alibaba.alsc.daodian.ticket.consult.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.daodian.ticket.consult` (券码预览). */
export interface AlibabaAlscDaodianTicketConsultRequest {
  /** 券码咨询请求 */
  consult_request: AlibabaAlscDaodianTicketConsultTicketConsultTopRequestInput;
}

/** Response of `alibaba.alsc.daodian.ticket.consult`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscDaodianTicketConsultResponse {
  /** 返回结构体 */
  result?: AlibabaAlscDaodianTicketConsultResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketConsultTopRequest` of `alibaba.alsc.daodian.ticket.consult`. */
export interface AlibabaAlscDaodianTicketConsultTicketConsultTopRequestInput {
  /** 请求id */
  request_id: string;
  /** 本地门店id，长度32位 */
  shop_id: string;
  /** 券码code */
  ticket_code: string;
}

/** `Result` of `alibaba.alsc.daodian.ticket.consult`. */
export interface AlibabaAlscDaodianTicketConsultResult {
  /** 处理结果是否成功，true为成功，false为失败 */
  success?: boolean;
  /** 错误码，success=false时有效 */
  error_code?: string;
  /** 结构体 */
  value?: AlibabaAlscDaodianTicketConsultTicketConsultResponse;
  /** 错误文案，success=false时有效 */
  error_msg?: string;
}

/** `TicketConsultResponse` of `alibaba.alsc.daodian.ticket.consult`. */
export interface AlibabaAlscDaodianTicketConsultTicketConsultResponse {
  /** 脱敏手机号，例：*******4139。如果商品类目未开放电话组件，不返回数据 */
  user_phone?: string;
  /** 剩余可核销数量。团购举例：购买2份团购券，已核销了1份，该属性返回1；次卡举例：购买了3次卡，已核销1次，该属性返回2 */
  available_quantity?: Int64;
  /** 券码所属订单下，可使用的凭证（同商品）列表 */
  ticket_info_list?: AlibabaAlscDaodianTicketConsultTicketInfo[];
  /** 混淆后的用户uid。查询订单接口用 */
  buyer_id?: string;
  /** 本地订单-主单号。长度：19位 */
  alsc_order_no?: string;
  /** 本地订单-子单号。长度：19位 */
  alsc_sub_order_no?: string;
  /** 口碑商品id */
  item_id?: string;
  /** 外部商品id */
  out_item_id?: string;
}

/** `TicketInfo` of `alibaba.alsc.daodian.ticket.consult`. */
export interface AlibabaAlscDaodianTicketConsultTicketInfo {
  /** 凭证ID。核销接口入参 */
  ticket_id?: string;
  /** 下单时的商品名称 */
  ticket_name?: string;
  /** 凭证金额，单位分。如果是团购，为单份凭证的金额（对应商品售价,不是商品原价,不能作为代金券抵扣金额）；如果是N次次卡，则为N次卡的总金额，N 对应quantity值 */
  total_amount?: Int64;
  /** 商户实收金额（抽佣前），单位分。团购和次卡场景，解释同total_amount。公式：凭证金额-实收金额=商户优惠金额 */
  real_amount?: Int64;
  /** 团购场景，固定为1，购买多份与此值无关；次卡场景，例如3次卡，该属性返回3 */
  quantity?: Int64;
  /** 凭证券码。仅入参券码对应的凭证会返回该值，其余凭证此属性无返回值 */
  ticket_code?: string;
  /** 购买时商品的原价（次卡是多次的总原价），单位分 */
  original_price?: Int64;
}

const REQUEST_SCHEMA = {
  consult_request: {
    request_id: 'String',
    shop_id: 'String',
    ticket_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    value: {
      user_phone: 'String',
      available_quantity: 'Number',
      ticket_info_list: [
        {
          ticket_id: 'String',
          ticket_name: 'String',
          total_amount: 'Number',
          real_amount: 'Number',
          quantity: 'Number',
          ticket_code: 'String',
          original_price: 'Number',
        },
      ],
      buyer_id: 'String',
      alsc_order_no: 'String',
      alsc_sub_order_no: 'String',
      item_id: 'String',
      out_item_id: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.daodian.ticket.consult`: method, response root, request and response schemas. */
export const alibabaAlscDaodianTicketConsultOperation = {
  method: 'alibaba.alsc.daodian.ticket.consult',
  responseRoot: 'alibaba_alsc_daodian_ticket_consult_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 券码预览 — calls TOP method `alibaba.alsc.daodian.ticket.consult`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscDaodianTicketConsult(
  client: TopClient,
  request: AlibabaAlscDaodianTicketConsultRequest,
  options?: CallOptions,
): Promise<AlibabaAlscDaodianTicketConsultResponse> {
  return client.call<AlibabaAlscDaodianTicketConsultResponse>(
    {
      method: 'alibaba.alsc.daodian.ticket.consult',
      responseRoot: 'alibaba_alsc_daodian_ticket_consult_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
