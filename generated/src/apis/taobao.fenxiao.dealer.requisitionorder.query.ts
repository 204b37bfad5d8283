// Generated from specs/fenxiao/taobao.fenxiao.dealer.requisitionorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.dealer.requisitionorder.query` (按编号查询采购申请/经销采购单). */
export interface TaobaoFenxiaoDealerRequisitionorderQueryRequest {
  /**
   * 经销采购单编号。
   * 多个编号用英文符号的逗号隔开。最多支持50个经销采购单编号的查询。
   *
   * Max list size: 50
   */
  dealer_order_ids: Int64Input[];
  /** 多个字段用","分隔。 fields 如果为空：返回所有经销采购单对象(dealer_orders)字段。 如果不为空：返回指定采购单对象(dealer_orders)字段。 例1： dealer_order_details.product_id 表示只返回product_id 例2： dealer_order_details 表示只返回明细列表 */
  fields?: string;
}

/** Response of `taobao.fenxiao.dealer.requisitionorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDealerRequisitionorderQueryResponse {
  /** 经销采购单结果列表 */
  dealer_orders?: TaobaoFenxiaoDealerRequisitionorderQueryDealerOrder[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DealerOrder` of `taobao.fenxiao.dealer.requisitionorder.query`. */
export interface TaobaoFenxiaoDealerRequisitionorderQueryDealerOrder {
  /** 物流方式：SELF_PICKUP（自提）、LOGISTICS（物流发货) */
  logistics_type?: string;
  /** 总采购数量 */
  quantity_count?: Int64;
  /** 收货人信息 */
  receiver?: TaobaoFenxiaoDealerRequisitionorderQueryReceiver;
  /** 物流费用(精确到2位小数;单位:元。如:200.07，表示:200元7分 ) */
  logistics_fee?: string;
  /** 折让费用(精确到2位小数;单位:元。如:200.07，表示:200元7分 ) */
  rebate_fee?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 申请时间 */
  applied_time?: string;
  /** 分销商最后一次确认/申请/拒绝的时间 */
  audit_time_applier?: string;
  /** 采购总价(精确到2位小数;单位:元。如:200.07，表示:200元7分 ) */
  total_price?: string;
  /** WAIT_FOR_SUPPLIER_AUDIT1：分销商提交申请，待供应商审核；SUPPLIER_REFUSE：供应商驳回申请，待分销商确认；WAIT_FOR_APPLIER_AUDIT：供应商修改后，待分销商确认；WAIT_FOR_SUPPLIER_AUDIT2：分销商拒绝修改，待供应商再审核；BOTH_AGREE_WAIT_PAY：审核通过下单成功，待分销商付款WAIT_FOR_SUPPLIER_DELIVER：付款成功，待供应商发货；WAIT_FOR_APPLIER_STORAGE：供应商发货，待分销商收货；TRADE_FINISHED：分销商收货，交易成功；TRADE_CLOSED：经销采购单关闭。 */
  order_status?: string;
  /** 关闭原因 */
  close_reason?: string;
  /** 已发货数量 */
  delivered_quantity_count?: Int64;
  /** 支付方式：ALIPAY_SURETY（支付宝担保交易）TRANSFER（线下转账）PREPAY（预存款）IMMEDIATELY（即时到账） */
  pay_type?: string;
  /** 供应商nick */
  supplier_nick?: string;
  /** 经销采购单编号，API发货使用此字段 */
  dealer_order_id?: Int64;
  /** 供应商驳回申请的原因 */
  refuse_reason_supplier?: string;
  /** 分销商拒绝供应商修改的原因 */
  refuse_reason_applier?: string;
  /** 产品明细 */
  dealer_order_details?: TaobaoFenxiaoDealerRequisitionorderQueryDealerOrderDetail[];
  /** 分销商nick */
  applier_nick?: string;
  /** 供应商最后一次审核通过/修改/驳回的时间 */
  audit_time_supplier?: string;
  /** 支付宝交易号 */
  alipay_no?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 供应商备注。仅供应商可见。 */
  supplier_memo?: string;
  /** 供应商备注旗帜。1:红色 2:黄色 3:绿色 4:蓝色 5:粉红色。仅供应商可见。 */
  supplier_memo_flag?: Int64;
  /** 属性信息列表，key-value形式。 */
  features?: TaobaoFenxiaoDealerRequisitionorderQueryFeature[];
  /** distMemo */
  dist_memo?: string;
}

/** `Receiver` of `taobao.fenxiao.dealer.requisitionorder.query`. */
export interface TaobaoFenxiaoDealerRequisitionorderQueryReceiver {
  /** 邮政编码 */
  zip?: string;
  /** 移动电话 */
  mobile_phone?: string;
  /** 固定电话 */
  phone?: string;
  /** 收货人的详细地址信息 */
  address?: string;
  /** 收货人全名 */
  name?: string;
  /** 收货人所在省份 */
  state?: string;
  /** 区/县 */
  district?: string;
  /** 证件号 */
  card_id?: string;
  /** 收货人的城市 */
  city?: string;
}

/** `DealerOrderDetail` of `taobao.fenxiao.dealer.requisitionorder.query`. */
export interface TaobaoFenxiaoDealerRequisitionorderQueryDealerOrderDetail {
  /** 产品id */
  product_id?: Int64;
  /** 最终价格(精确到2位小数;单位:元。如:200.07，表示:200元7分 ) */
  final_price?: string;
  /** 产品规格 */
  sku_spec?: string;
  /** 原始价格(精确到2位小数;单位:元。如:200.07，表示:200元7分 ) */
  original_price?: string;
  /** 经销采购单明细id */
  dealer_detail_id?: Int64;
  /** 产品快照url */
  snapshot_url?: string;
  /** 该条明细是否已删除。true：已删除；false：未删除。 */
  is_deleted?: boolean;
  /** 产品标题 */
  product_title?: string;
  /** 金额小计(采购数量乘以最终价格。精确到2位小数;单位:元。如:200.07，表示:200元7分 ) */
  price_count?: string;
  /** 经销采购单编号 */
  dealer_order_id?: Int64;
  /** 采购数量 */
  quantity?: Int64;
  /** sku id */
  sku_id?: Int64;
  /** 商家编码，是sku则为sku的商家编码，否则是产品的商家编码 */
  sku_number?: string;
  /** 属性信息列表，key-value形式。如attr_key为storeCode，attr_value则为仓库编码。 */
  features?: TaobaoFenxiaoDealerRequisitionorderQueryFeature[];
}

/** `Feature` of `taobao.fenxiao.dealer.requisitionorder.query`. */
export interface TaobaoFenxiaoDealerRequisitionorderQueryFeature {
  /** 属性键 */
  attr_key?: string;
  /** 属性值 */
  attr_value?: string;
}

const REQUEST_SCHEMA = {
  dealer_order_ids: ['Number'],
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  dealer_orders: [
    {
      logistics_type: 'String',
      quantity_count: 'Number',
      receiver: {
        zip: 'String',
        mobile_phone: 'String',
        phone: 'String',
        address: 'String',
        name: 'String',
        state: 'String',
        district: 'String',
        card_id: 'String',
        city: 'String',
      },
      logistics_fee: 'String',
      rebate_fee: 'String',
      modified_time: 'Date',
      applied_time: 'Date',
      audit_time_applier: 'Date',
      total_price: 'String',
      order_status: 'String',
      close_reason: 'String',
      delivered_quantity_count: 'Number',
      pay_type: 'String',
      supplier_nick: 'String',
      dealer_order_id: 'Number',
      refuse_reason_supplier: 'String',
      refuse_reason_applier: 'String',
      dealer_order_details: [
        {
          product_id: 'Number',
          final_price: 'String',
          sku_spec: 'String',
          original_price: 'String',
          dealer_detail_id: 'Number',
          snapshot_url: 'String',
          is_deleted: 'Boolean',
          product_title: 'String',
          price_count: 'String',
          dealer_order_id: 'Number',
          quantity: 'Number',
          sku_id: 'Number',
          sku_number: 'String',
          features: [
            {
              attr_key: 'String',
              attr_value: 'String',
            },
          ],
        },
      ],
      applier_nick: 'String',
      audit_time_supplier: 'Date',
      alipay_no: 'String',
      pay_time: 'Date',
      supplier_memo: 'String',
      supplier_memo_flag: 'Number',
      features: [
        {
          attr_key: 'String',
          attr_value: 'String',
        },
      ],
      dist_memo: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.dealer.requisitionorder.query`: method, response root, request and response schemas. */
export const taobaoFenxiaoDealerRequisitionorderQueryOperation = {
  method: 'taobao.fenxiao.dealer.requisitionorder.query',
  responseRoot: 'fenxiao_dealer_requisitionorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按编号查询采购申请/经销采购单 — calls TOP method `taobao.fenxiao.dealer.requisitionorder.query`.
 *
 * 按编号查询采购申请/经销采购单，目前支持供应商和分销商查询。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDealerRequisitionorderQuery(
  client: TopClient,
  request: TaobaoFenxiaoDealerRequisitionorderQueryRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoDealerRequisitionorderQueryResponse> {
  return client.call<TaobaoFenxiaoDealerRequisitionorderQueryResponse>(
    {
      method: 'taobao.fenxiao.dealer.requisitionorder.query',
      responseRoot: 'fenxiao_dealer_requisitionorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
