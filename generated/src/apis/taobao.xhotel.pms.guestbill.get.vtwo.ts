// Generated from specs/xhotelonlineorder/taobao.xhotel.pms.guestbill.get.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.pms.guestbill.get.vtwo` (客人PMS账单信息查询). */
export interface TaobaoXhotelPmsGuestbillGetVtwoRequest {
  /** 开票点税号 */
  tax_num?: string;
  /** 身份证后4位 */
  short_id_num?: string;
  /** 房间号 */
  room_num?: string;
  /** 请求id (32位唯一值) */
  request_id?: string;
  /** 用户渠道(0:未知,1:淘宝) */
  user_channel?: Int64Input;
}

/** Response of `taobao.xhotel.pms.guestbill.get.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelPmsGuestbillGetVtwoResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelPmsGuestbillGetVtwoResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.pms.guestbill.get.vtwo`. */
export interface TaobaoXhotelPmsGuestbillGetVtwoResultSet {
  /** 账单列表中涉及到的金额费用单位均为分 */
  results?: TaobaoXhotelPmsGuestbillGetVtwoOrderBillInfo[];
  /** 错误描述 */
  error_msg?: string;
  /** errorCode */
  error_code?: string;
  /** 是否成功标记 */
  success?: boolean;
}

/** `OrderBillInfo` of `taobao.xhotel.pms.guestbill.get.vtwo`. */
export interface TaobaoXhotelPmsGuestbillGetVtwoOrderBillInfo {
  /** 未结账房费 */
  no_checkout_price?: Int64;
  /** 已结账房费 */
  checkout_price?: Int64;
  /** 已结账总费用 */
  checkout_total_fee?: Int64;
  /** 未结账总费用 */
  no_checkout_total_fee?: Int64;
  /** 离店日期 */
  check_out_date?: string;
  /** 入住日期 */
  check_in_date?: string;
  /** 房间号 */
  room_no?: string;
  /** 完整的身份证号 */
  id_number?: string;
  /** 客人姓名 */
  guest_name?: string;
  /** 外部酒店代码 */
  hotel_code?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 淘宝订单号 */
  tid?: Int64;
  /** 请求id (同入参) */
  request_id?: string;
  /** 未结账杂费 */
  no_checkout_other_fee?: Int64;
  /** 已结账杂费 */
  checkout_other_fee?: Int64;
  /** 备注 */
  remark?: string;
  /** 杂费明细列表 */
  other_fee_detail?: TaobaoXhotelPmsGuestbillGetVtwoOtherFeeDetail;
  /** 每日房费类表 */
  daily_room_fee?: TaobaoXhotelPmsGuestbillGetVtwoDailyRoomFee;
}

/** `OtherFeeDetail` of `taobao.xhotel.pms.guestbill.get.vtwo`. */
export interface TaobaoXhotelPmsGuestbillGetVtwoOtherFeeDetail {
  /** 无 */
  other_fee_infos?: TaobaoXhotelPmsGuestbillGetVtwoOtherFeeInfo[];
}

/** `OtherFeeInfo` of `taobao.xhotel.pms.guestbill.get.vtwo`. */
export interface TaobaoXhotelPmsGuestbillGetVtwoOtherFeeInfo {
  /** 杂费名称 */
  name?: string;
  /** 杂费金额 */
  price?: Int64;
  /** 结账状态(1:结账,0:未结账) */
  checkout?: Int64;
}

/** `DailyRoomFee` of `taobao.xhotel.pms.guestbill.get.vtwo`. */
export interface TaobaoXhotelPmsGuestbillGetVtwoDailyRoomFee {
  /** 无 */
  daily_prices?: TaobaoXhotelPmsGuestbillGetVtwoDailyPrice[];
}

/** `DailyPrice` of `taobao.xhotel.pms.guestbill.get.vtwo`. */
export interface TaobaoXhotelPmsGuestbillGetVtwoDailyPrice {
  /** 结账状态(1:结账,0:未结账) */
  checkout?: Int64;
  /** 每日实际房费 */
  price?: Int64;
  /** 日期 */
  date?: string;
}

const REQUEST_SCHEMA = {
  tax_num: 'String',
  short_id_num: 'String',
  room_num: 'String',
  request_id: 'String',
  user_channel: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        no_checkout_price: 'Number',
        checkout_price: 'Number',
        checkout_total_fee: 'Number',
        no_checkout_total_fee: 'Number',
        check_out_date: 'String',
        check_in_date: 'String',
        room_no: 'String',
        id_number: 'String',
        guest_name: 'String',
        hotel_code: 'String',
        out_order_id: 'String',
        tid: 'Number',
        request_id: 'String',
        no_checkout_other_fee: 'Number',
        checkout_other_fee: 'Number',
        remark: 'String',
        other_fee_detail: {
          other_fee_infos: [
            {
              name: 'String',
              price: 'Number',
              checkout: 'Number',
            },
          ],
        },
        daily_room_fee: {
          daily_prices: [
            {
              checkout: 'Number',
              price: 'Number',
              date: 'Date',
            },
          ],
        },
      },
    ],
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.pms.guestbill.get.vtwo`: method, response root, request and response schemas. */
export const taobaoXhotelPmsGuestbillGetVtwoOperation = {
  method: 'taobao.xhotel.pms.guestbill.get.vtwo',
  responseRoot: 'xhotel_pms_guestbill_get_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客人PMS账单信息查询 — calls TOP method `taobao.xhotel.pms.guestbill.get.vtwo`.
 *
 * 从pms获取客人账单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelPmsGuestbillGetVtwo(
  client: TopClient,
  request: TaobaoXhotelPmsGuestbillGetVtwoRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelPmsGuestbillGetVtwoResponse> {
  return client.call<TaobaoXhotelPmsGuestbillGetVtwoResponse>(
    {
      method: 'taobao.xhotel.pms.guestbill.get.vtwo',
      responseRoot: 'xhotel_pms_guestbill_get_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
