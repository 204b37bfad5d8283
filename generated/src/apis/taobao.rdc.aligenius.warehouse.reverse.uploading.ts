// Generated from specs/logistic/taobao.rdc.aligenius.warehouse.reverse.uploading.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.warehouse.reverse.uploading` (销退单上传). */
export interface TaobaoRdcAligeniusWarehouseReverseUploadingRequest {
  /** 参数 */
  param0?: TaobaoRdcAligeniusWarehouseReverseUploadingWarehouseReverseUploadingDtoInput;
}

/** Response of `taobao.rdc.aligenius.warehouse.reverse.uploading`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusWarehouseReverseUploadingResponse {
  /** 错误描述 */
  fail_info?: string;
  /** 错误码 */
  fail_code?: string;
  /** 是否成功 */
  success_flag?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseReverseUploadingDto` of `taobao.rdc.aligenius.warehouse.reverse.uploading`. */
export interface TaobaoRdcAligeniusWarehouseReverseUploadingWarehouseReverseUploadingDtoInput {
  /** 销退单列表 */
  uploading_reverse_d_t_o_list: TaobaoRdcAligeniusWarehouseReverseUploadingUploadingReverseDtoInput[];
}

/** `UploadingReverseDto` of `taobao.rdc.aligenius.warehouse.reverse.uploading`. */
export interface TaobaoRdcAligeniusWarehouseReverseUploadingUploadingReverseDtoInput {
  /** 扩展字段，JSONObject格式 */
  extra?: string;
  /** 商品行列表 */
  goods_item_d_t_o_list: TaobaoRdcAligeniusWarehouseReverseUploadingWarehouseReverseGoodsItemDtoInput[];
  /** 仓库名称 */
  warehouse_name: string;
  /** 详细地址 */
  adr: string;
  /** 县区 */
  district_name: string;
  /** 城市 */
  city_name: string;
  /** 省份 */
  province_name: string;
  /** 国家 */
  country_name: string;
  /** 创建时间 */
  create_time: string;
  /** 销退单状态(1=已创建；2=待入库；3=已入库，5=已取消) */
  status: Int64Input;
  /** 物流公司code */
  cp_code: string;
  /** 物流公司名称 */
  cp_name: string;
  /** 运单编号 */
  mail_no: string;
  /** 主订单编号 */
  tid?: Int64Input;
  /** 销退单ID */
  id?: string;
}

/** `WarehouseReverseGoodsItemDto` of `taobao.rdc.aligenius.warehouse.reverse.uploading`. */
export interface TaobaoRdcAligeniusWarehouseReverseUploadingWarehouseReverseGoodsItemDtoInput {
  /** 扩展字段，JSONObject格式 */
  extra?: string;
  /** 商品名称 */
  auction_name?: string;
  /** 1=淘系子订单，2=赠品,3=未知 */
  type?: Int64Input;
  /** 计划数量 */
  plan_qty?: Int64Input;
  /** 实发数量 */
  actual_qty: Int64Input;
  /** 单价（单位：分） */
  price?: Int64Input;
  /** 实付金额（单位：分） */
  actual_fee?: Int64Input;
  /** 货主 */
  owner_nick?: string;
  /** 商品条码 */
  qr_code: string;
  /** 子订单ID */
  oid?: Int64Input;
  /** 货品仓储系统编码 */
  item_id?: string;
  /** 货品编码 */
  item_code?: string;
  /** 货品名称 */
  item_name?: string;
  /** 计划状态（1=正品；2=残品；3=部分正品） */
  plan_status?: Int64Input;
  /** 状态（1=正品；2=残品；3=部分正品；4=未确认） */
  status: Int64Input;
  /** 货品行ID */
  id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    uploading_reverse_d_t_o_list: [
      {
        extra: 'String',
        goods_item_d_t_o_list: [
          {
            extra: 'String',
            auction_name: 'String',
            type: 'Number',
            plan_qty: 'Number',
            actual_qty: 'Number',
            price: 'Number',
            actual_fee: 'Number',
            owner_nick: 'String',
            qr_code: 'String',
            oid: 'Number',
            item_id: 'String',
            item_code: 'String',
            item_name: 'String',
            plan_status: 'Number',
            status: 'Number',
            id: 'String',
          },
        ],
        warehouse_name: 'String',
        adr: 'String',
        district_name: 'String',
        city_name: 'String',
        province_name: 'String',
        country_name: 'String',
        create_time: 'String',
        status: 'Number',
        cp_code: 'String',
        cp_name: 'String',
        mail_no: 'String',
        tid: 'Number',
        id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fail_info: 'String',
  fail_code: 'String',
  success_flag: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.warehouse.reverse.uploading`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusWarehouseReverseUploadingOperation = {
  method: 'taobao.rdc.aligenius.warehouse.reverse.uploading',
  responseRoot: 'rdc_aligenius_warehouse_reverse_uploading_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销退单上传 — calls TOP method `taobao.rdc.aligenius.warehouse.reverse.uploading`.
 *
 * 主要用于商家上传仓库销退单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusWarehouseReverseUploading(
  client: TopClient,
  request: TaobaoRdcAligeniusWarehouseReverseUploadingRequest = {},
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusWarehouseReverseUploadingResponse> {
  return client.call<TaobaoRdcAligeniusWarehouseReverseUploadingResponse>(
    {
      method: 'taobao.rdc.aligenius.warehouse.reverse.uploading',
      responseRoot: 'rdc_aligenius_warehouse_reverse_uploading_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
