// Generated from specs/lstvending/alibaba.lst.vending.cargospace.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.cargospace.save` (自动售卖机货道数据回流). */
export interface AlibabaLstVendingCargospaceSaveRequest {
  /**
   * 货道信息
   *
   * Max list size: 20
   */
  cargo_space_d_t_o_list: AlibabaLstVendingCargospaceSaveVendingCargoSpaceDtoInput[];
}

/** Response of `alibaba.lst.vending.cargospace.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingCargospaceSaveResponse {
  /** 结果集 */
  result?: AlibabaLstVendingCargospaceSaveMultiResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VendingCargoSpaceDto` of `alibaba.lst.vending.cargospace.save`. */
export interface AlibabaLstVendingCargospaceSaveVendingCargoSpaceDtoInput {
  /** 修改时间 */
  gmt_modified?: Int64Input;
  /** 货道商品数量 */
  count: Int64Input;
  /** 创建时间 */
  gmt_create: Int64Input;
  /** 商品折扣价 */
  discount_price?: Int64Input;
  /** 外部商品ID */
  external_goods_id: string;
  /** 货道编号，从1开始 */
  cargo_road_no: Int64Input;
  /** 厂商设备唯一编码 */
  equipment_code: string;
  /** 货道类型：1普通货道，2VIP货道 */
  biz_type: Int64Input;
  /** 货架编号，从1开始 */
  shelf_no: Int64Input;
  /** 商品单价，单位：分 */
  price: Int64Input;
  /** 货道状态：1正常，2故障 */
  status?: Int64Input;
  /** 厂商货道ID */
  external_id: string;
}

/** `MultiResultDto` of `alibaba.lst.vending.cargospace.save`. */
export interface AlibabaLstVendingCargospaceSaveMultiResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 执行成功结果集 */
  module_list?: AlibabaLstVendingCargospaceSaveVendingCargoSpaceDto[];
  /** 错误码 */
  error_code?: string;
  /** 执行失败结果集 */
  error_list?: AlibabaLstVendingCargospaceSaveResultDto[];
  /** 执行是否成功 */
  success?: boolean;
}

/** `VendingCargoSpaceDto` of `alibaba.lst.vending.cargospace.save`. */
export interface AlibabaLstVendingCargospaceSaveVendingCargoSpaceDto {
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 商品ID */
  goods_id?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 供应商编码 */
  supplier_code?: string;
  /** 折扣价 */
  discount_price?: Int64;
  /** 货道ID */
  id?: Int64;
  /** 外部商品ID */
  external_goods_id?: string;
  /** 货道编号，从1开始 */
  cargo_road_no?: Int64;
  /** 厂商设备唯一编码 */
  equipment_code?: string;
  /** 货道类型：1普通货道，2VIP货道 */
  biz_type?: Int64;
  /** 货架编号，从1开始 */
  shelf_no?: Int64;
  /** 商品单价，单位：分 */
  price?: Int64;
  /** 货道商品数量 */
  count?: Int64;
  /** 厂商设备ID */
  external_id?: string;
}

/** `ResultDto` of `alibaba.lst.vending.cargospace.save`. */
export interface AlibabaLstVendingCargospaceSaveResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 记录唯一标识 */
  key?: string;
}

const REQUEST_SCHEMA = {
  cargo_space_d_t_o_list: [
    {
      gmt_modified: 'Number',
      count: 'Number',
      gmt_create: 'Number',
      discount_price: 'Number',
      external_goods_id: 'String',
      cargo_road_no: 'Number',
      equipment_code: 'String',
      biz_type: 'Number',
      shelf_no: 'Number',
      price: 'Number',
      status: 'Number',
      external_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        gmt_modified: 'Number',
        goods_id: 'Number',
        gmt_create: 'Number',
        supplier_code: 'String',
        discount_price: 'Number',
        id: 'Number',
        external_goods_id: 'String',
        cargo_road_no: 'Number',
        equipment_code: 'String',
        biz_type: 'Number',
        shelf_no: 'Number',
        price: 'Number',
        count: 'Number',
        external_id: 'String',
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

/** Static description of `alibaba.lst.vending.cargospace.save`: method, response root, request and response schemas. */
export const alibabaLstVendingCargospaceSaveOperation = {
  method: 'alibaba.lst.vending.cargospace.save',
  responseRoot: 'alibaba_lst_vending_cargospace_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动售卖机货道数据回流 — calls TOP method `alibaba.lst.vending.cargospace.save`.
 *
 * 自动售卖机货道数据回流接口，ISV通过调用此接口上传售卖机货道信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingCargospaceSave(
  client: TopClient,
  request: AlibabaLstVendingCargospaceSaveRequest,
  options?: CallOptions,
): Promise<AlibabaLstVendingCargospaceSaveResponse> {
  return client.call<AlibabaLstVendingCargospaceSaveResponse>(
    {
      method: 'alibaba.lst.vending.cargospace.save',
      responseRoot: 'alibaba_lst_vending_cargospace_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
