// Generated from specs/lstvending/alibaba.lst.vending.goods.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.goods.save` (自动售卖机商品回传). */
export interface AlibabaLstVendingGoodsSaveRequest {
  /**
   * 商品信息
   *
   * Max list size: 20
   */
  goods_d_t_o_list: AlibabaLstVendingGoodsSaveVendingGoodsDtoInput[];
}

/** Response of `alibaba.lst.vending.goods.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingGoodsSaveResponse {
  /** 结果集 */
  result?: AlibabaLstVendingGoodsSaveMultiResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VendingGoodsDto` of `alibaba.lst.vending.goods.save`. */
export interface AlibabaLstVendingGoodsSaveVendingGoodsDtoInput {
  /** 修改时间 */
  gmt_modified?: Int64Input;
  /** 创建时间 */
  gmt_create: Int64Input;
  /** 状态：1上架，2下架，3删除 */
  status?: Int64Input;
  /** 商品条码 */
  barcode: string;
  /** 121212133 */
  external_id: string;
  /** 计量单位，如：个、件、包 */
  unit?: string;
  /** 商品标题 */
  title: string;
  /** 商品分类 */
  category: string;
  /** 厂商设备唯一编码 */
  equipment_code: string;
  /** 商品建议零售价 */
  price: Int64Input;
  /** 商品图片ID */
  img_path_id?: string;
  /** 商品图片内容字节数组 */
  img_data?: TopFile[];
  /** 建议摆放的货架层数 */
  shelf_no_list?: Int64Input[];
}

/** `MultiResultDto` of `alibaba.lst.vending.goods.save`. */
export interface AlibabaLstVendingGoodsSaveMultiResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 执行成功结果集 */
  module_list?: AlibabaLstVendingGoodsSaveVendingGoodsDto[];
  /** 错误码 */
  error_code?: string;
  /** 是否异常 */
  success?: boolean;
  /** 执行失败结果集 */
  error_list?: AlibabaLstVendingGoodsSaveResultDto[];
}

/** `VendingGoodsDto` of `alibaba.lst.vending.goods.save`. */
export interface AlibabaLstVendingGoodsSaveVendingGoodsDto {
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 状态：1上架，2下架，3删除 */
  status?: Int64;
  /** 商品条码 */
  barcode?: string;
  /** 供应商编码 */
  supplier_code?: string;
  /** 外部系统商品ID */
  external_id?: string;
  /** 商品ID */
  id?: Int64;
  /** 计量单位，如：个、件、包 */
  unit?: string;
  /** 商品分类 */
  category?: string;
  /** 商品标题 */
  title?: string;
  /** 设备编码 */
  equipment_code?: string;
  /** 商品建议零售价 */
  price?: Int64;
  /** 商品图片访问地址 */
  img_url?: string;
}

/** `ResultDto` of `alibaba.lst.vending.goods.save`. */
export interface AlibabaLstVendingGoodsSaveResultDto {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 记录唯一值 */
  key?: string;
}

const REQUEST_SCHEMA = {
  goods_d_t_o_list: [
    {
      gmt_modified: 'Number',
      gmt_create: 'Number',
      status: 'Number',
      barcode: 'String',
      external_id: 'String',
      unit: 'String',
      title: 'String',
      category: 'String',
      equipment_code: 'String',
      price: 'Number',
      img_path_id: 'String',
      img_data: ['byte[]'],
      shelf_no_list: ['Number'],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        gmt_modified: 'Number',
        gmt_create: 'Number',
        status: 'Number',
        barcode: 'String',
        supplier_code: 'String',
        external_id: 'String',
        id: 'Number',
        unit: 'String',
        category: 'String',
        title: 'String',
        equipment_code: 'String',
        price: 'Number',
        img_url: 'String',
      },
    ],
    error_code: 'String',
    success: 'Boolean',
    error_list: [
      {
        error_code: 'String',
        error_message: 'String',
        key: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.vending.goods.save`: method, response root, request and response schemas. */
export const alibabaLstVendingGoodsSaveOperation = {
  method: 'alibaba.lst.vending.goods.save',
  responseRoot: 'alibaba_lst_vending_goods_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动售卖机商品回传 — calls TOP method `alibaba.lst.vending.goods.save`.
 *
 * 零售通自动售卖机商品数据回流。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingGoodsSave(
  client: TopClient,
  request: AlibabaLstVendingGoodsSaveRequest,
  options?: CallOptions,
): Promise<AlibabaLstVendingGoodsSaveResponse> {
  return client.call<AlibabaLstVendingGoodsSaveResponse>(
    {
      method: 'alibaba.lst.vending.goods.save',
      responseRoot: 'alibaba_lst_vending_goods_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
