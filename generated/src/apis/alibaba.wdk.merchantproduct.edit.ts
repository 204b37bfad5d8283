// Generated from specs/wdk/alibaba.wdk.merchantproduct.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.merchantproduct.edit` (商家产品服务-编辑产品). */
export interface AlibabaWdkMerchantproductEditRequest {
  /** 产品编辑入参 */
  req?: AlibabaWdkMerchantproductEditMerchantProductRequestInput;
}

/** Response of `alibaba.wdk.merchantproduct.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMerchantproductEditResponse {
  /** 产品编辑返回结果 */
  result?: AlibabaWdkMerchantproductEditApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerchantProductRequest` of `alibaba.wdk.merchantproduct.edit`. */
export interface AlibabaWdkMerchantproductEditMerchantProductRequestInput {
  /** 运输: 重量,单位: (g) */
  transport_weight?: string;
  /** 保质期(天) */
  expiration_days?: Int64Input;
  /** 标题 */
  title?: string;
  /** 商家类目ID */
  rt_category_id?: Int64Input;
  /** 税率 */
  tax_invoice?: string;
  /** 库存单位 */
  inventory_unit?: string;
  /** 价格,小数点2位 */
  price?: string;
  /** 运输: 高度(mm) */
  transport_height?: string;
  /** 商品条码 */
  barcodes?: string[];
  /** 箱规数/包装数 */
  package_num?: Int64Input;
  /** 销售: 高度(mm) */
  height?: string;
  /** 类目属性信息 */
  cat_props?: AlibabaWdkMerchantproductEditCatPropsInput[];
  /** 销售: 长度(mm) */
  length?: string;
  /** 规格 */
  specification?: string;
  /** 销售: 重量(g) */
  weight?: string;
  /** APP购买步长 */
  step_quantity?: Int64Input;
  /** 运输: 宽度(mm) */
  transport_width?: string;
  /** 铺货渠道类目(key: 渠道编码, value: 渠道类目) */
  market_categories?: string;
  /** 运输: 长度(mm) */
  transport_length?: string;
  /** 销售: 体积(cm^3) */
  volume?: string;
  /** 阿里标准叶子类目 */
  standard_category_id?: Int64Input;
  /** 最小起订量 */
  purchase_quantity?: Int64Input;
  /** 销售: 宽度(mm) */
  width?: string;
  /** RT商品ID */
  rt_item_code: Int64Input;
  /** 均重 */
  avg_weight?: string;
  /** 效期方式(true:有效期,false:无效期) */
  is_shelflife?: boolean;
  /** 优鲜类目ID */
  yx_category_id?: string;
  /** 是否称重 */
  is_weight?: boolean;
  /** 商家类目名路径 */
  rt_category_name_path?: string;
  /** 运输: 体积,单位: (cm^3) */
  transport_volume?: string;
  /** 优鲜类目名路径 */
  yx_category_name_path?: string;
}

/** `CatProps` of `alibaba.wdk.merchantproduct.edit`. */
export interface AlibabaWdkMerchantproductEditCatPropsInput {
  /** 类目属性ID */
  property_id?: Int64Input;
  /** 类目属性名称 */
  property_text?: string;
  /** 类目值ID */
  value_id?: Int64Input;
  /** 类目值名称 */
  value_text?: string;
}

/** `ApiResult` of `alibaba.wdk.merchantproduct.edit`. */
export interface AlibabaWdkMerchantproductEditApiResult {
  /** 请求是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回结果 */
  model?: AlibabaWdkMerchantproductEditMerchantProductResponse;
}

/** `MerchantProductResponse` of `alibaba.wdk.merchantproduct.edit`. */
export interface AlibabaWdkMerchantproductEditMerchantProductResponse {
  /** 货品id */
  sc_ids?: Int64[];
  /** ["123","456"] */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  req: {
    transport_weight: 'String',
    expiration_days: 'Number',
    title: 'String',
    rt_category_id: 'Number',
    tax_invoice: 'String',
    inventory_unit: 'String',
    price: 'String',
    transport_height: 'String',
    barcodes: ['String'],
    package_num: 'Number',
    height: 'String',
    cat_props: [
      {
        property_id: 'Number',
        property_text: 'String',
        value_id: 'Number',
        value_text: 'String',
      },
    ],
    length: 'String',
    specification: 'String',
    weight: 'String',
    step_quantity: 'Number',
    transport_width: 'String',
    market_categories: 'String',
    transport_length: 'String',
    volume: 'String',
    standard_category_id: 'Number',
    purchase_quantity: 'Number',
    width: 'String',
    rt_item_code: 'Number',
    avg_weight: 'String',
    is_shelflife: 'Boolean',
    yx_category_id: 'String',
    is_weight: 'Boolean',
    rt_category_name_path: 'String',
    transport_volume: 'String',
    yx_category_name_path: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    model: {
      sc_ids: ['Number'],
      item_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.merchantproduct.edit`: method, response root, request and response schemas. */
export const alibabaWdkMerchantproductEditOperation = {
  method: 'alibaba.wdk.merchantproduct.edit',
  responseRoot: 'alibaba_wdk_merchantproduct_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家产品服务-编辑产品 — calls TOP method `alibaba.wdk.merchantproduct.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMerchantproductEdit(
  client: TopClient,
  request: AlibabaWdkMerchantproductEditRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMerchantproductEditResponse> {
  return client.call<AlibabaWdkMerchantproductEditResponse>(
    {
      method: 'alibaba.wdk.merchantproduct.edit',
      responseRoot: 'alibaba_wdk_merchantproduct_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
