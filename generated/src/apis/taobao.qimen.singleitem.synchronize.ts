// Generated from specs/qimen/taobao.qimen.singleitem.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.singleitem.synchronize` (商品同步接口). */
export interface TaobaoQimenSingleitemSynchronizeRequest {
  request?: TaobaoQimenSingleitemSynchronizeItemSynRequestInput;
}

/** Response of `taobao.qimen.singleitem.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenSingleitemSynchronizeResponse {
  response?: TaobaoQimenSingleitemSynchronizeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemSynRequest` of `taobao.qimen.singleitem.synchronize`. */
export interface TaobaoQimenSingleitemSynchronizeItemSynRequestInput {
  /** 操作类型(两种类型：add|update) */
  actionType: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 货主编码 */
  ownerCode: string;
  /** 供应商编码 */
  supplierCode?: string;
  /** 供应商名称 */
  supplierName?: string;
  /** 商品信息 */
  item?: TaobaoQimenSingleitemSynchronizeItemInput;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Item` of `taobao.qimen.singleitem.synchronize`. */
export interface TaobaoQimenSingleitemSynchronizeItemInput {
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品编码(该字段是WMS分配的商品编号;WMS如果分配了商品编码;则后续的商品操作都需要传该字段;如果WMS不使用;WMS可 以返回itemId=itemCode的值) */
  itemId?: string;
  /** 货号 */
  goodsCode?: string;
  /** 商品名称 */
  itemName: string;
  /** 商品简称 */
  shortName?: string;
  /** 英文名 */
  englishName?: string;
  /** 条形码(可多个;用分号;隔开) */
  barCode: string;
  /** 商品属性(如红色;XXL) */
  skuProperty?: string;
  /** 商品计量单位 */
  stockUnit?: string;
  /** 长(单位：厘米) */
  length?: string;
  /** 宽(单位：厘米) */
  width?: string;
  /** 高(单位：厘米) */
  height?: string;
  /** 体积(单位：升) */
  volume?: string;
  /** 毛重(单位：千克) */
  grossWeight?: string;
  /** 净重(单位：千克) */
  netWeight?: string;
  /** 颜色 */
  color?: string;
  /** 尺寸 */
  size?: string;
  /** 渠道中的商品标题 */
  title?: string;
  /** 商品类别ID */
  categoryId?: string;
  /** 商品类别名称 */
  categoryName?: string;
  /** 计价货类 */
  pricingCategory?: string;
  /** 安全库存 */
  safetyStock?: Int64Input;
  /** 商品类型(ZC=正常商品;FX=分销商品;ZH=组合商品;ZP=赠品;BC=包材;HC=耗材;FL=辅料;XN=虚拟品;FS=附属品;CC=残次品; OTHER=其它;只传英文编码) */
  itemType: string;
  /** 吊牌价 */
  tagPrice?: string;
  /** 零售价 */
  retailPrice?: string;
  /** 成本价 */
  costPrice?: string;
  /** 采购价 */
  purchasePrice?: string;
  /** 季节编码 */
  seasonCode?: string;
  /** 季节名称 */
  seasonName?: string;
  /** 品牌代码 */
  brandCode?: string;
  /** 品牌名称 */
  brandName?: string;
  /** 是否需要串号管理(Y/N ;默认为N) */
  isSNMgmt?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 是否需要保质期管理(Y/N ;默认为N) */
  isShelfLifeMgmt?: string;
  /** 保质期(单位：小时) */
  shelfLife?: Int64Input;
  /** 保质期禁收天数 */
  rejectLifecycle?: Int64Input;
  /** 保质期禁售天数 */
  lockupLifecycle?: Int64Input;
  /** 保质期临期预警天数 */
  adventLifecycle?: Int64Input;
  /** 是否需要批次管理(Y/N ;默认为N) */
  isBatchMgmt?: string;
  /** 批次代码 */
  batchCode?: string;
  /** 批次备注 */
  batchRemark?: string;
  /** 包装代码 */
  packCode?: string;
  /** 箱规 */
  pcs?: string;
  /** 商品的原产地 */
  originAddress?: string;
  /** 批准文号 */
  approvalNumber?: string;
  /** 是否易碎品(Y/N ;默认为N) */
  isFragile?: string;
  /** 是否危险品(Y/N ;默认为N) */
  isHazardous?: string;
  /** 备注 */
  remark?: string;
  /** 创建时间(YYYY-MM-DD HH:MM:SS) */
  createTime?: string;
  /** 更新时间(YYYY-MM-DD HH:MM:SS) */
  updateTime?: string;
  /** 是否有效(Y/N ;默认为N) */
  isValid?: string;
  /** 是否sku(Y/N ;默认为N) */
  isSku?: string;
  /** 商品包装材料类型 */
  packageMaterial?: string;
  /** temp */
  supplierCode?: string;
  /** 销售配送方式（0=自配|1=菜鸟） */
  logisticsType?: string;
  /** 是否液体, Y/N, (默认为N) */
  isLiquid?: string;
}

/** `Response` of `taobao.qimen.singleitem.synchronize`. */
export interface TaobaoQimenSingleitemSynchronizeResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 仓储系统商品Id(当这个字段不为空的时候;所有erp传输的时候都碰到itemid必传) */
  itemId?: string;
}

const REQUEST_SCHEMA = {
  request: {
    actionType: 'String',
    warehouseCode: 'String',
    ownerCode: 'String',
    supplierCode: 'String',
    supplierName: 'String',
    item: {
      itemCode: 'String',
      itemId: 'String',
      goodsCode: 'String',
      itemName: 'String',
      shortName: 'String',
      englishName: 'String',
      barCode: 'String',
      skuProperty: 'String',
      stockUnit: 'String',
      length: 'String',
      width: 'String',
      height: 'String',
      volume: 'String',
      grossWeight: 'String',
      netWeight: 'String',
      color: 'String',
      size: 'String',
      title: 'String',
      categoryId: 'String',
      categoryName: 'String',
      pricingCategory: 'String',
      safetyStock: 'Number',
      itemType: 'String',
      tagPrice: 'String',
      retailPrice: 'String',
      costPrice: 'String',
      purchasePrice: 'String',
      seasonCode: 'String',
      seasonName: 'String',
      brandCode: 'String',
      brandName: 'String',
      isSNMgmt: 'String',
      productDate: 'String',
      expireDate: 'String',
      isShelfLifeMgmt: 'String',
      shelfLife: 'Number',
      rejectLifecycle: 'Number',
      lockupLifecycle: 'Number',
      adventLifecycle: 'Number',
      isBatchMgmt: 'String',
      batchCode: 'String',
      batchRemark: 'String',
      packCode: 'String',
      pcs: 'String',
      originAddress: 'String',
      approvalNumber: 'String',
      isFragile: 'String',
      isHazardous: 'String',
      remark: 'String',
      createTime: 'String',
      updateTime: 'String',
      isValid: 'String',
      isSku: 'String',
      packageMaterial: 'String',
      supplierCode: 'String',
      logisticsType: 'String',
      isLiquid: 'String',
    },
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    itemId: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.singleitem.synchronize`: method, response root, request and response schemas. */
export const taobaoQimenSingleitemSynchronizeOperation = {
  method: 'taobao.qimen.singleitem.synchronize',
  responseRoot: 'qimen_singleitem_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品同步接口 — calls TOP method `taobao.qimen.singleitem.synchronize`.
 *
 * taobao.qimen.singleitem.synchronize
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenSingleitemSynchronize(
  client: TopClient,
  request: TaobaoQimenSingleitemSynchronizeRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenSingleitemSynchronizeResponse> {
  return client.call<TaobaoQimenSingleitemSynchronizeResponse>(
    {
      method: 'taobao.qimen.singleitem.synchronize',
      responseRoot: 'qimen_singleitem_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
