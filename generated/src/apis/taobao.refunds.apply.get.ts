// Generated from specs/tbrefund/taobao.refunds.apply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refunds.apply.get` (查询买家申请的退款列表). */
export interface TaobaoRefundsApplyGetRequest {
  /**
   * 需要返回的字段。目前支持有：refund_id, tid, title, buyer_nick, seller_nick, total_fee, status, created, refund_fee
   *
   * Max list size: 20
   */
  fields: string[];
  /** 卖家昵称 */
  seller_nick?: string;
  /**
   * 退款状态，默认查询所有退款状态的数据，除了默认值外每次只能查询一种状态。
   * WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意)
   * WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货)
   * WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货)
   * SELLER_REFUSE_BUYER(卖家拒绝退款)
   * CLOSED(退款关闭)
   * SUCCESS(退款成功)
   */
  status?: string;
  /**
   * 交易类型列表，一次查询多种类型可用半角逗号分隔，默认同时查询guarantee_trade, auto_delivery的2种类型的数据。
   * fixed(一口价)
   * auction(拍卖)
   * guarantee_trade(一口价、拍卖)
   * independent_simple_trade(旺店入门版交易)
   * independent_shop_trade(旺店标准版交易)
   * auto_delivery(自动发货)
   * ec(直冲)
   * cod(货到付款)
   * fenxiao(分销)
   * game_equipment(游戏装备)
   * shopex_trade(ShopEX交易)
   * netcn_trade(万网交易)
   * external_trade(统一外部交易)
   */
  type?: string;
  /** 页码。传入值为 1 代表第一页，传入值为 2 代表第二页，依此类推。默认返回的数据是从第一页开始 */
  page_no?: Int64Input;
  /** 每页条数。取值范围:大于零的整数; 默认值:40;最大值:100 */
  page_size?: Int64Input;
}

/** Response of `taobao.refunds.apply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundsApplyGetResponse {
  /** 搜索到的交易信息总数 */
  total_results?: Int64;
  /** 搜索到的退款信息列表 */
  refunds?: TaobaoRefundsApplyGetRefund[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Refund` of `taobao.refunds.apply.get`. */
export interface TaobaoRefundsApplyGetRefund {
  /** 退款单号 */
  refund_id?: string;
  /** 淘宝交易单号 */
  tid?: Int64;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 交易总金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  total_fee?: string;
  /** 退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  status?: string;
  /** 退款申请时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 退还金额(退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  refund_fee?: string;
  /** 商品标题 */
  title?: string;
  /** 买家openUid */
  buyer_open_uid?: string;
  /** 买家昵称 */
  buyer_nick?: string;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  seller_nick: 'String',
  status: 'String',
  type: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  refunds: [
    {
      refund_id: 'String',
      tid: 'Number',
      seller_nick: 'String',
      total_fee: 'String',
      status: 'String',
      created: 'Date',
      refund_fee: 'String',
      title: 'String',
      buyer_open_uid: 'String',
      buyer_nick: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.refunds.apply.get`: method, response root, request and response schemas. */
export const taobaoRefundsApplyGetOperation = {
  method: 'taobao.refunds.apply.get',
  responseRoot: 'refunds_apply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询买家申请的退款列表 — calls TOP method `taobao.refunds.apply.get`.
 *
 * 查询买家申请的退款列表，且查询外店的退款列表时需要指定交易类型
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundsApplyGet(
  client: TopClient,
  request: TaobaoRefundsApplyGetRequest,
  options?: CallOptions,
): Promise<TaobaoRefundsApplyGetResponse> {
  return client.call<TaobaoRefundsApplyGetResponse>(
    {
      method: 'taobao.refunds.apply.get',
      responseRoot: 'refunds_apply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
