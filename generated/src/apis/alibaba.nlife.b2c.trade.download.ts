// Generated from specs/nlife/alibaba.nlife.b2c.trade.download.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.trade.download` (b2c下载订单). */
export interface AlibabaNlifeB2cTradeDownloadRequest {
  /** 开始时间 */
  start_date: DateInput;
  /** 结束时间 */
  end_date: DateInput;
  /** 页码 */
  page_no: Int64Input;
  /** 分页大小 */
  page_size: Int64Input;
  /** 零售门店在零售+平台对应的ID */
  store_id: string;
}

/** Response of `alibaba.nlife.b2c.trade.download`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cTradeDownloadResponse {
  /** 查询命中数量 */
  total?: Int64;
  /** 订单列表 */
  order_list?: AlibabaNlifeB2cTradeDownloadOrder[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Order` of `alibaba.nlife.b2c.trade.download`. */
export interface AlibabaNlifeB2cTradeDownloadOrder {
  /** 商品列表 */
  goods_list?: AlibabaNlifeB2cTradeDownloadGoods[];
  /** 收银员姓名 */
  sales_name?: string;
  /** 交易状态:WAIT_PAY：等待支付；SUCCESS：支付成功；CLOSED：交易关闭 */
  trade_status?: string;
  /** 支付时间 */
  gmt_pay?: string;
  /** 实付金额，人民币 分 */
  actual_pay_amount?: Int64;
  /** 订单金额，人民币 分 */
  total_amount?: Int64;
  /** 下单时间 */
  gmt_create?: string;
  /** 门店名称 */
  store_name?: string;
  /** 门店ID */
  store_id?: Int64;
  /** 零售+订单号 */
  trade_no?: string;
  /** 支付渠道 */
  pay_channel?: string;
  /** 已退金额，人民币 分 */
  refunded_amount?: Int64;
  /** 退款状态：REFUNDED_PART：已部分退款；REFUNDED：已全部退款 */
  refund_status?: string;
  /** 发生退货的商品列表 */
  refunded_goods?: AlibabaNlifeB2cTradeDownloadGoods2[];
  /** 收银员ID */
  sales_id?: string;
  /** 0：门店订单；1：全渠道订单；3：网直供订单 */
  trade_biz_type?: Int64;
  /** 如果是全渠道订单，此处为淘宝订单号 */
  omni_trade_no?: string;
  /** 外部订单号 即业务方订单号 */
  out_trade_no?: string;
}

/** `Goods` of `alibaba.nlife.b2c.trade.download`. */
export interface AlibabaNlifeB2cTradeDownloadGoods {
  /** 商品数量 */
  quantity?: Int64;
  /** 导购员编号 */
  guider?: string;
  /** 币种 */
  currency?: string;
  /** 商品价格，人民币 分 */
  price?: Int64;
  /** 零售+商品ID */
  id?: string;
  /** 商品itemId */
  item_id?: Int64;
  /** 商品skuId */
  sku_id?: Int64;
}

/** `Goods` of `alibaba.nlife.b2c.trade.download`. */
export interface AlibabaNlifeB2cTradeDownloadGoods2 {
  /** 商品skuId */
  sku_id?: Int64;
  /** 商品itemId */
  item_id?: Int64;
  /** 零售+商品ID */
  id?: string;
  /** 商品价格，人民币 分 */
  price?: Int64;
  /** 币种 */
  currency?: string;
  /** 导购员编号 */
  guider?: string;
  /** 商品数量 */
  quantity?: Int64;
}

const REQUEST_SCHEMA = {
  start_date: 'Date',
  end_date: 'Date',
  page_no: 'Number',
  page_size: 'Number',
  store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total: 'Number',
  order_list: [
    {
      goods_list: [
        {
          quantity: 'Number',
          guider: 'String',
          currency: 'String',
          price: 'Number',
          id: 'String',
          item_id: 'Number',
          sku_id: 'Number',
        },
      ],
      sales_name: 'String',
      trade_status: 'String',
      gmt_pay: 'String',
      actual_pay_amount: 'Number',
      total_amount: 'Number',
      gmt_create: 'String',
      store_name: 'String',
      store_id: 'Number',
      trade_no: 'String',
      pay_channel: 'String',
      refunded_amount: 'Number',
      refund_status: 'String',
      refunded_goods: [
        {
          sku_id: 'Number',
          item_id: 'Number',
          id: 'String',
          price: 'Number',
          currency: 'String',
          guider: 'String',
          quantity: 'Number',
        },
      ],
      sales_id: 'String',
      trade_biz_type: 'Number',
      omni_trade_no: 'String',
      out_trade_no: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.trade.download`: method, response root, request and response schemas. */
export const alibabaNlifeB2cTradeDownloadOperation = {
  method: 'alibaba.nlife.b2c.trade.download',
  responseRoot: 'alibaba_nlife_b2c_trade_download_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * b2c下载订单 — calls TOP method `alibaba.nlife.b2c.trade.download`.
 *
 * 下载零售商在零售+平台创建的订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cTradeDownload(
  client: TopClient,
  request: AlibabaNlifeB2cTradeDownloadRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cTradeDownloadResponse> {
  return client.call<AlibabaNlifeB2cTradeDownloadResponse>(
    {
      method: 'alibaba.nlife.b2c.trade.download',
      responseRoot: 'alibaba_nlife_b2c_trade_download_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
