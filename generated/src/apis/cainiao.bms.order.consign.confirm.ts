// Generated from specs/wlb/cainiao.bms.order.consign.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.bms.order.consign.confirm` (BMS出库通知). */
export interface CainiaoBmsOrderConsignConfirmRequest {
  /** 通知消息主体 */
  content?: CainiaoBmsOrderConsignConfirmBmsConsignOrderConfirmInput;
}

/** Response of `cainiao.bms.order.consign.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoBmsOrderConsignConfirmResponse {
  /** 返回值 */
  result?: CainiaoBmsOrderConsignConfirmResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BmsConsignOrderConfirm` of `cainiao.bms.order.consign.confirm`. */
export interface CainiaoBmsOrderConsignConfirmBmsConsignOrderConfirmInput {
  /** 运单信息列表 */
  tms_orders?: CainiaoBmsOrderConsignConfirmTmsOrdersInput[];
  /** 订单商品信息列表 */
  order_items?: CainiaoBmsOrderConsignConfirmOrderItemsInput[];
  /** 邮费，以分为单位 */
  order_post_fee?: Int64Input;
  /** 交易订单金额，以分为单位 */
  order_amount?: Int64Input;
  /** 仓库出库时间 */
  consign_time?: string;
  /** 仓库作业单号，LBX号 */
  store_order_code?: string;
  /** 发货仓的仓库编码 */
  store_code?: string;
  /** 0销售平台、1手工录入、2导入发货、3ERP推送 */
  order_soruce?: Int64Input;
  /** 店铺id，主店铺时跟货主id相同 */
  shop_id?: string;
  /** 操作子类型(201 一般交易出库单,502 换货出库单,503 补发出库单) */
  order_type?: Int64Input;
  /** out_biz_id，（非导入时为订单创建时的交易号） */
  erp_order_code?: string;
  /** 每次发货均重新生成 */
  consign_code?: string;
  /** BMS订单编码 */
  order_code?: string;
  /** 货主id */
  owner_user_id?: string;
}

/** `TmsOrders` of `cainiao.bms.order.consign.confirm`. */
export interface CainiaoBmsOrderConsignConfirmTmsOrdersInput {
  /** 包裹高度，单位：毫米 */
  package_height?: Int64Input;
  /** 运单信息 */
  tms_items?: CainiaoBmsOrderConsignConfirmTmsItemInput[];
  /** 包裹的包材信息列表 */
  package_material_list?: CainiaoBmsOrderConsignConfirmPackageMaterialListInput[];
  /** 包裹宽度，单位：毫米 */
  package_width?: Int64Input;
  /** 包裹长度，单位：毫米 */
  package_length?: Int64Input;
  /** 包裹重量，单位：克 */
  package_weight?: Int64Input;
  /** 运单编码，运单号 */
  tms_order_code?: string;
  /** 快递公司服务编码 */
  tms_code?: string;
  /** 包裹号 */
  package_code?: string;
}

/** `TmsItem` of `cainiao.bms.order.consign.confirm`. */
export interface CainiaoBmsOrderConsignConfirmTmsItemInput {
  /** 数量 */
  item_quantity?: Int64Input;
  /** 前端商家编码 */
  item_code?: string;
  /** 货品ID */
  sc_item_id?: string;
}

/** `PackageMaterialList` of `cainiao.bms.order.consign.confirm`. */
export interface CainiaoBmsOrderConsignConfirmPackageMaterialListInput {
  /** 数量 */
  material_quantity?: Int64Input;
  /** 包材 */
  material_type?: string;
}

/** `OrderItems` of `cainiao.bms.order.consign.confirm`. */
export interface CainiaoBmsOrderConsignConfirmOrderItemsInput {
  /** 明细ID */
  order_item_id?: Int64Input;
  /** 明细对应主单的交易单号 */
  trade_id?: string;
  /** 明细对应的子交易单号 */
  trade_item_id?: string;
  /** 默认：0；促销赠品1001 */
  item_tag?: string;
  /** 货品id */
  sc_item_id?: string;
  /** 前端商家编码 */
  item_code?: string;
  /** 数量 */
  item_quantity?: Int64Input;
  /** 商品金额 123.33元，单位：分 */
  item_amount?: Int64Input;
  /** 前端宝贝itemId */
  item_id?: string;
  /** 前端skuId */
  sku_id?: string;
  /** 后端商家编码 */
  sc_item_code?: string;
}

/** `ResultDO` of `cainiao.bms.order.consign.confirm`. */
export interface CainiaoBmsOrderConsignConfirmResultDO {
  /** 网络延时 */
  error_msg?: string;
  /** 01 */
  error_code?: string;
  /** 成功、失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  content: {
    tms_orders: [
      {
        package_height: 'Number',
        tms_items: [
          {
            item_quantity: 'Number',
            item_code: 'String',
            sc_item_id: 'String',
          },
        ],
        package_material_list: [
          {
            material_quantity: 'Number',
            material_type: 'String',
          },
        ],
        package_width: 'Number',
        package_length: 'Number',
        package_weight: 'Number',
        tms_order_code: 'String',
        tms_code: 'String',
        package_code: 'String',
      },
    ],
    order_items: [
      {
        order_item_id: 'Number',
        trade_id: 'String',
        trade_item_id: 'String',
        item_tag: 'String',
        sc_item_id: 'String',
        item_code: 'String',
        item_quantity: 'Number',
        item_amount: 'Number',
        item_id: 'String',
        sku_id: 'String',
        sc_item_code: 'String',
      },
    ],
    order_post_fee: 'Number',
    order_amount: 'Number',
    consign_time: 'String',
    store_order_code: 'String',
    store_code: 'String',
    order_soruce: 'Number',
    shop_id: 'String',
    order_type: 'Number',
    erp_order_code: 'String',
    consign_code: 'String',
    order_code: 'String',
    owner_user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.bms.order.consign.confirm`: method, response root, request and response schemas. */
export const cainiaoBmsOrderConsignConfirmOperation = {
  method: 'cainiao.bms.order.consign.confirm',
  responseRoot: 'cainiao_bms_order_consign_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * BMS出库通知 — calls TOP method `cainiao.bms.order.consign.confirm`.
 *
 * BMS出库后，通知ISV
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoBmsOrderConsignConfirm(
  client: TopClient,
  request: CainiaoBmsOrderConsignConfirmRequest = {},
  options?: CallOptions,
): Promise<CainiaoBmsOrderConsignConfirmResponse> {
  return client.call<CainiaoBmsOrderConsignConfirmResponse>(
    {
      method: 'cainiao.bms.order.consign.confirm',
      responseRoot: 'cainiao_bms_order_consign_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
