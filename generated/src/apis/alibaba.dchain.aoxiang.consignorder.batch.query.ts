// Generated from specs/ascp/alibaba.dchain.aoxiang.consignorder.batch.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.consignorder.batch.query` (发货单批量查询). */
export interface AlibabaDchainAoxiangConsignorderBatchQueryRequest {
  /** 批量查询发货单入参 */
  batch_query_consignorder_request: AlibabaDchainAoxiangConsignorderBatchQueryBatchQueryConsignorderRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.consignorder.batch.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangConsignorderBatchQueryResponse {
  /** 返回结构体 */
  batch_query_consignorder_response?: AlibabaDchainAoxiangConsignorderBatchQueryBatchQueryConsignOrderResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchQueryConsignorderRequest` of `alibaba.dchain.aoxiang.consignorder.batch.query`. */
export interface AlibabaDchainAoxiangConsignorderBatchQueryBatchQueryConsignorderRequestInput {
  /** 业务请求时间(毫秒数) */
  request_time: Int64Input;
  /** 业务请求ID */
  request_id?: string;
  /** 发货单最后修改时间区间 */
  last_modified_period: AlibabaDchainAoxiangConsignorderBatchQueryPeriodInput;
  /** 每页数量，不大于100 */
  page_size: Int64Input;
  /** 页码 */
  page_no: Int64Input;
}

/** `Period` of `alibaba.dchain.aoxiang.consignorder.batch.query`. */
export interface AlibabaDchainAoxiangConsignorderBatchQueryPeriodInput {
  /** 开始时间 */
  begin_time: Int64Input;
  /** 结束时间 */
  end_time: Int64Input;
}

/** `BatchQueryConsignOrderResponse` of `alibaba.dchain.aoxiang.consignorder.batch.query`. */
export interface AlibabaDchainAoxiangConsignorderBatchQueryBatchQueryConsignOrderResponse {
  /** 返回信息码 */
  code?: string;
  /** 分页数据 */
  data?: AlibabaDchainAoxiangConsignorderBatchQueryPageData;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

/** `PageData` of `alibaba.dchain.aoxiang.consignorder.batch.query`. */
export interface AlibabaDchainAoxiangConsignorderBatchQueryPageData {
  /** 页码 */
  page_no?: Int64;
  /** 每页数量，不大于100 */
  page_size?: Int64;
  /** 是否有下一页 */
  has_next?: boolean;
  /** 发货单列表 */
  list?: AlibabaDchainAoxiangConsignorderBatchQueryConsignOrder[];
}

/** `ConsignOrder` of `alibaba.dchain.aoxiang.consignorder.batch.query`. */
export interface AlibabaDchainAoxiangConsignorderBatchQueryConsignOrder {
  /** 淘系交易主单号 */
  trade_id?: string;
  /** 翱象的发货单号 */
  consign_order_code?: string;
  /** 仓储单号，推送到仓内的单号，自动流转订单才有 */
  wms_order_code?: string;
  /** 物流单状态，0=待审核/1=仓接单/2=取消 */
  order_status?: string;
  /** 店铺，交易成单的店铺ID */
  shop_code?: string;
  /** 货主，发货的货主ID信息 */
  owner_code?: string;
  /** 是否自动流转，0=否，1=是 */
  auto_flow?: Int64;
  /** 发货仓 */
  warehouse_code?: string;
  /** 发货配 */
  delivery_cps?: string;
  /** 要求的发货时间 */
  plan_delivery_time?: Int64;
  /** 要求的送达时间 */
  plan_sign_time?: Int64;
  /** 物流服务；里面多个值时用英文逗号隔开 201为驿站送货上门服务 202为顺丰配送服务 */
  asdp_ads?: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 卖家留言 */
  seller_message?: string;
  /** 0=无拆合，1=拆单，2=合单，3=拆合单 */
  assembly_type?: string;
  /** 合单包含的交易单号，多交易单号逗号隔开 */
  merge_trade_ids?: string;
  /** 异常场景：value=-1；鲲鹏店铺的订单ERP需要进行Hold单； value=0；ERP无需做任何特殊处理 value=1；交易状态：禁止发货；ERP需要进行Hold单； value=2；交易状态：待卖家发货；ERP需要进行Hold单； value=3；交易状态：待卖家发货；ERP开发进行发货处理； */
  erp_hold?: string;
  /** 发货单创建时间 */
  create_time?: Int64;
  /** 发货单修改时间 */
  update_time?: Int64;
  /** 交易子单列表 */
  sub_trade_orders?: AlibabaDchainAoxiangConsignorderBatchQuerySubTradeOrder[];
}

/** `SubTradeOrder` of `alibaba.dchain.aoxiang.consignorder.batch.query`. */
export interface AlibabaDchainAoxiangConsignorderBatchQuerySubTradeOrder {
  /** 交易子单ID */
  trade_id?: string;
  /** 商品宝贝ID */
  item_id?: string;
  /** 商品的最小库存单位Sku的id */
  sku_id?: string;
  /** 组合货品比例 */
  combine_sc_item_ratio?: string;
  /** 组合货品code */
  combine_sc_item_code?: string;
  /** 子订单类型:标示该子交易单来源交易，还是翱象增加的，枚举值(00=交易，10=翱象绑定) */
  order_source?: string;
  /** 主赠品标识，主品=0，赠品=1 */
  item_consign_type?: string;
  /** 活动ID，赠品绑赠的活动，赠品回滚需要字段 */
  activity_id?: string;
  /** 货品仓储code */
  sc_item_code?: string;
  /** 应发数量 */
  quantity?: Int64;
  /** 币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢 */
  currency?: string;
  /** 子单金额；单位:分，如:20007，表示:20元7分 */
  payment?: Int64;
  /** 发货类型CN=菜鸟发货，SC的商家仓发货 */
  consign_type?: string;
  /** 赠品ID，赠品回滚需要字段 */
  gift_id?: string;
  /** 交易子单的来源主交易单号。如果是赠品行则表示赠品的来源主交易单号 */
  parent_trade_id?: string;
  /** 赠品子单号。如果有值的话与tradeId相同 */
  gift_order_id?: string;
  /** 仓库货品编码 */
  warehouse_sc_item_code?: string;
  /** 货品条码 */
  sc_item_bar_code?: string;
  /** 活动名称 */
  activity_name?: string;
}

const REQUEST_SCHEMA = {
  batch_query_consignorder_request: {
    request_time: 'Number',
    request_id: 'String',
    last_modified_period: {
      begin_time: 'Number',
      end_time: 'Number',
    },
    page_size: 'Number',
    page_no: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_query_consignorder_response: {
    code: 'String',
    data: {
      page_no: 'Number',
      page_size: 'Number',
      has_next: 'Boolean',
      list: [
        {
          trade_id: 'String',
          consign_order_code: 'String',
          wms_order_code: 'String',
          order_status: 'String',
          shop_code: 'String',
          owner_code: 'String',
          auto_flow: 'Number',
          warehouse_code: 'String',
          delivery_cps: 'String',
          plan_delivery_time: 'Number',
          plan_sign_time: 'Number',
          asdp_ads: 'String',
          buyer_message: 'String',
          seller_message: 'String',
          assembly_type: 'String',
          merge_trade_ids: 'String',
          erp_hold: 'String',
          create_time: 'Number',
          update_time: 'Number',
          sub_trade_orders: [
            {
              trade_id: 'String',
              item_id: 'String',
              sku_id: 'String',
              combine_sc_item_ratio: 'String',
              combine_sc_item_code: 'String',
              order_source: 'String',
              item_consign_type: 'String',
              activity_id: 'String',
              sc_item_code: 'String',
              quantity: 'Number',
              currency: 'String',
              payment: 'Number',
              consign_type: 'String',
              gift_id: 'String',
              parent_trade_id: 'String',
              gift_order_id: 'String',
              warehouse_sc_item_code: 'String',
              sc_item_bar_code: 'String',
              activity_name: 'String',
            },
          ],
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.consignorder.batch.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangConsignorderBatchQueryOperation = {
  method: 'alibaba.dchain.aoxiang.consignorder.batch.query',
  responseRoot: 'alibaba_dchain_aoxiang_consignorder_batch_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单批量查询 — calls TOP method `alibaba.dchain.aoxiang.consignorder.batch.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangConsignorderBatchQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangConsignorderBatchQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangConsignorderBatchQueryResponse> {
  return client.call<AlibabaDchainAoxiangConsignorderBatchQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.consignorder.batch.query',
      responseRoot: 'alibaba_dchain_aoxiang_consignorder_batch_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
