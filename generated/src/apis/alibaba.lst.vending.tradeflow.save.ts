// Generated from specs/lstvending/alibaba.lst.vending.tradeflow.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.tradeflow.save` (自动售卖机交易信息回流). */
export interface AlibabaLstVendingTradeflowSaveRequest {
  /**
   * 交易流水信息
   *
   * Max list size: 20
   */
  trade_flow_d_t_o_list: AlibabaLstVendingTradeflowSaveVendingTradeFlowDtoInput[];
}

/** Response of `alibaba.lst.vending.tradeflow.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingTradeflowSaveResponse {
  /** 结果集 */
  result?: AlibabaLstVendingTradeflowSaveMultiResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VendingTradeFlowDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveVendingTradeFlowDtoInput {
  /** 修改时间 */
  gmt_modified?: Int64Input;
  /** 交易类型：1购买，2退款 */
  trade_type?: Int64Input;
  /** 创建时间 */
  gmt_create: Int64Input;
  /** 折扣 */
  discount?: Int64Input;
  /** 外部系统交易流水号 */
  trade_flow_no: string;
  /** 外部系统正向交易流水号 */
  payment_trade_flow_no?: string;
  /** 厂商设备唯一编码 */
  equipment_code: string;
  /** 商品清单 */
  goods_detail_d_t_o_list: AlibabaLstVendingTradeflowSaveVendingTradeGoodsDetailDtoInput[];
  /** 交易总额 */
  total_amount?: Int64Input;
  /** 佣金金额 */
  commission?: Int64Input;
  /** 实付金额 */
  actual_amount: Int64Input;
  /** 支付信息 */
  payment_d_t_o_list: AlibabaLstVendingTradeflowSaveVendingTradePaymentDtoInput[];
  /** 扩展信息 */
  ext_fields?: string;
}

/** `VendingTradeGoodsDetailDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveVendingTradeGoodsDetailDtoInput {
  /** 修改时间 */
  gmt_modified?: Int64Input;
  /** 商品数量 */
  count: Int64Input;
  /** 创建时间 */
  gmt_create?: Int64Input;
  /** 商品分类 */
  category: string;
  /** 货道编码，方向：从左到右，编码：从1开始 */
  cargo_road_no: Int64Input;
  /** 交易总额 */
  total_amount?: Int64Input;
  /** 商品标题 */
  goods_title: string;
  /** 实付金额 */
  actual_amount: Int64Input;
  /** 货架编码，方向：从上到下，编码：从1开始 */
  shelf_no: Int64Input;
  /** 外部系统商品ID */
  external_goods_id: string;
  /** 商品条码 */
  barcode: string;
  /** 商品单价 */
  price: Int64Input;
  /** 商品最小销售单位，如：包、盒、袋 */
  unit?: string;
  /** 货道业务类型：1普通；2推广 */
  biz_type?: Int64Input;
  /** 货道剩余商品数量 */
  remaining_quantity?: Int64Input;
}

/** `VendingTradePaymentDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveVendingTradePaymentDtoInput {
  /** 支付金额 */
  pay_amount: Int64Input;
  /** 修改时间 */
  gmt_modified?: Int64Input;
  /** 创建时间 */
  gmt_create: Int64Input;
  /** 支付状态：1待付款，2已付款 */
  status?: Int64Input;
  /** 外部系统支付用户ID，比如：支付宝PID */
  payment_user_id?: string;
  /** 外部系统支付流水号 */
  payment_flow_no: string;
  /** 支付类型：1扣款，2退款 */
  pay_type?: Int64Input;
  /** 分佣佣金 */
  commission?: Int64Input;
  /** 支付通道：1现金，2支付宝，3微信，255其他 */
  pay_channel: Int64Input;
}

/** `MultiResultDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveMultiResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 处理成功结果集 */
  module_list?: AlibabaLstVendingTradeflowSaveVendingTradeFlowDto[];
  /** 错误码 */
  error_code?: string;
  /** 执行失败结果集 */
  error_list?: AlibabaLstVendingTradeflowSaveResultDto[];
  /** 是否执行成功 */
  success?: boolean;
}

/** `VendingTradeFlowDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveVendingTradeFlowDto {
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 交易类型：1购买，2退款 */
  trade_type?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 供应商代码 */
  supplier_code?: string;
  /** 折扣 */
  discount?: Int64;
  /** 外部系统交易流水号 */
  trade_flow_no?: string;
  /** 外部系统正向交易流水号 */
  payment_trade_flow_no?: string;
  /** 厂商设备唯一编码 */
  equipment_code?: string;
  /** 商品清单 */
  goods_detail_d_t_o_list?: AlibabaLstVendingTradeflowSaveVendingTradeGoodsDetailDto[];
  /** 实际金额 */
  total_amount?: Int64;
  /** 实际金额 */
  actual_amount?: Int64;
  /** 支付信息 */
  payment_d_t_o_list?: AlibabaLstVendingTradeflowSaveVendingTradePaymentDto[];
  /** 扩展信息 */
  ext_fields?: string;
}

/** `VendingTradeGoodsDetailDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveVendingTradeGoodsDetailDto {
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 商品ID */
  goods_id?: Int64;
  /** 商品数量 */
  count?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 货道ID */
  cargo_space_id?: Int64;
  /** 商品清单记录ID */
  id?: Int64;
  /** 外部系统交易流水号 */
  trade_flow_no?: string;
  /** 商品分类 */
  category?: string;
  /** 货道编码，方向：从左到右，编码：从1开始 */
  cargo_road_no?: Int64;
  /** 交易总额 */
  total_amount?: Int64;
  /** 商品标题 */
  goods_title?: string;
  /** 实际金额 */
  actual_amount?: Int64;
  /** 货架编码，方向：从上到下，编码：从1开始 */
  shelf_no?: Int64;
  /** 外部系统商品ID */
  external_goods_id?: string;
}

/** `VendingTradePaymentDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveVendingTradePaymentDto {
  /** 支付金额 */
  pay_amount?: Int64;
  /** 支付记录ID */
  id?: Int64;
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 外部系统交易流水号 */
  trade_flow_no?: string;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 支付状态：1待付款，2已付款 */
  status?: Int64;
  /** 支付类型：1扣款，2退款 */
  pay_type?: Int64;
  /** 支付通道：1现金，2支付宝，3微信，255其他 */
  pay_channel?: Int64;
}

/** `ResultDto` of `alibaba.lst.vending.tradeflow.save`. */
export interface AlibabaLstVendingTradeflowSaveResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 执行失败记录ID */
  key?: string;
}

const REQUEST_SCHEMA = {
  trade_flow_d_t_o_list: [
    {
      gmt_modified: 'Number',
      trade_type: 'Number',
      gmt_create: 'Number',
      discount: 'Number',
      trade_flow_no: 'String',
      payment_trade_flow_no: 'String',
      equipment_code: 'String',
      goods_detail_d_t_o_list: [
        {
          gmt_modified: 'Number',
          count: 'Number',
          gmt_create: 'Number',
          category: 'String',
          cargo_road_no: 'Number',
          total_amount: 'Number',
          goods_title: 'String',
          actual_amount: 'Number',
          shelf_no: 'Number',
          external_goods_id: 'String',
          barcode: 'String',
          price: 'Number',
          unit: 'String',
          biz_type: 'Number',
          remaining_quantity: 'Number',
        },
      ],
      total_amount: 'Number',
      commission: 'Number',
      actual_amount: 'Number',
      payment_d_t_o_list: [
        {
          pay_amount: 'Number',
          gmt_modified: 'Number',
          gmt_create: 'Number',
          status: 'Number',
          payment_user_id: 'String',
          payment_flow_no: 'String',
          pay_type: 'Number',
          commission: 'Number',
          pay_channel: 'Number',
        },
      ],
      ext_fields: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        gmt_modified: 'Number',
        trade_type: 'Number',
        gmt_create: 'Number',
        supplier_code: 'String',
        discount: 'Number',
        trade_flow_no: 'String',
        payment_trade_flow_no: 'String',
        equipment_code: 'String',
        goods_detail_d_t_o_list: [
          {
            gmt_modified: 'Number',
            goods_id: 'Number',
            count: 'Number',
            gmt_create: 'Number',
            cargo_space_id: 'Number',
            id: 'Number',
            trade_flow_no: 'String',
            category: 'String',
            cargo_road_no: 'Number',
            total_amount: 'Number',
            goods_title: 'String',
            actual_amount: 'Number',
            shelf_no: 'Number',
            external_goods_id: 'String',
          },
        ],
        total_amount: 'Number',
        actual_amount: 'Number',
        payment_d_t_o_list: [
          {
            pay_amount: 'Number',
            id: 'Number',
            gmt_modified: 'Number',
            trade_flow_no: 'String',
            gmt_create: 'Number',
            status: 'Number',
            pay_type: 'Number',
            pay_channel: 'Number',
          },
        ],
        ext_fields: 'String',
      },
    ],
    error_code: 'String',
    error_list: [
      {
        error_message: 'String',
        error_code: 'String',
        key: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.vending.tradeflow.save`: method, response root, request and response schemas. */
export const alibabaLstVendingTradeflowSaveOperation = {
  method: 'alibaba.lst.vending.tradeflow.save',
  responseRoot: 'alibaba_lst_vending_tradeflow_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动售卖机交易信息回流 — calls TOP method `alibaba.lst.vending.tradeflow.save`.
 *
 * 自动售货机交易信息同步接口，ISV通过此接口上传售货机交易信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingTradeflowSave(
  client: TopClient,
  request: AlibabaLstVendingTradeflowSaveRequest,
  options?: CallOptions,
): Promise<AlibabaLstVendingTradeflowSaveResponse> {
  return client.call<AlibabaLstVendingTradeflowSaveResponse>(
    {
      method: 'alibaba.lst.vending.tradeflow.save',
      responseRoot: 'alibaba_lst_vending_tradeflow_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
