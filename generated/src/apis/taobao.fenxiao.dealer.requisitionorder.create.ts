// Generated from specs/fenxiao/taobao.fenxiao.dealer.requisitionorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.dealer.requisitionorder.create` (创建经销采购申请). */
export interface TaobaoFenxiaoDealerRequisitionorderCreateRequest {
  /**
   * 采购清单，存放多个采购明细，每个采购明细内部以‘:’隔开，多个采购明细之间以‘,’隔开. 例(分销产品id:skuid:购买数量:申请单价,分销产品id:skuid:购买数量:申请单价)，申请单价的单位为分。不存在sku请留空skuid，如（分销产品id::购买数量:申请单价）
   *
   * Max list size: 50
   */
  order_detail: string[];
  /** 配送方式。SELF_PICKUP：自提；LOGISTICS：仓库发货 */
  logistics_type?: string;
  /** 收货人所在省份 */
  province: string;
  /** 收货人所在市 */
  city?: string;
  /** 收货人所在区 */
  district?: string;
  /** 收货人所在街道地址 */
  address: string;
  /** 收货人所在地区邮政编码 */
  post_code?: string;
  /** 买家联系电话（此字段和mobile字段至少填写一个） */
  phone?: string;
  /** 买家的手机号码（1、此字段与phone字段至少填写一个。2、自提方式下此字段必填，保存提货人联系电话） */
  mobile?: string;
  /** 买家姓名（自提方式填写提货人姓名） */
  buyer_name: string;
  /** 身份证号（自提方式必填，填写提货人身份证号码，提货时用于确认提货人身份） */
  id_card_number?: string;
}

/** Response of `taobao.fenxiao.dealer.requisitionorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDealerRequisitionorderCreateResponse {
  /** 经销采购申请编号 */
  dealer_order_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_detail: ['String'],
  logistics_type: 'String',
  province: 'String',
  city: 'String',
  district: 'String',
  address: 'String',
  post_code: 'String',
  phone: 'String',
  mobile: 'String',
  buyer_name: 'String',
  id_card_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  dealer_order_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.dealer.requisitionorder.create`: method, response root, request and response schemas. */
export const taobaoFenxiaoDealerRequisitionorderCreateOperation = {
  method: 'taobao.fenxiao.dealer.requisitionorder.create',
  responseRoot: 'fenxiao_dealer_requisitionorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建经销采购申请 — calls TOP method `taobao.fenxiao.dealer.requisitionorder.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDealerRequisitionorderCreate(
  client: TopClient,
  request: TaobaoFenxiaoDealerRequisitionorderCreateRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoDealerRequisitionorderCreateResponse> {
  return client.call<TaobaoFenxiaoDealerRequisitionorderCreateResponse>(
    {
      method: 'taobao.fenxiao.dealer.requisitionorder.create',
      responseRoot: 'fenxiao_dealer_requisitionorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
