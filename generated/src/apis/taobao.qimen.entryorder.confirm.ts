// Generated from specs/qimen/taobao.qimen.entryorder.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.entryorder.confirm` (入库单确认接口). */
export interface TaobaoQimenEntryorderConfirmRequest {
  request?: TaobaoQimenEntryorderConfirmEntryOrderConfirmRequestInput;
}

/** Response of `taobao.qimen.entryorder.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenEntryorderConfirmResponse {
  response?: TaobaoQimenEntryorderConfirmResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EntryOrderConfirmRequest` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmEntryOrderConfirmRequestInput {
  /** 入库单信息 */
  entryOrder?: TaobaoQimenEntryorderConfirmEntryOrderInput;
  /** 订单信息 */
  orderLines?: TaobaoQimenEntryorderConfirmOrderLineInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 分批次入库的最后一次回传 */
  totalOrders?: TaobaoQimenEntryorderConfirmTotalOrderInput[];
}

/** `EntryOrder` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmEntryOrderInput {
  /** 订单编码 */
  orderCode?: string;
  /** 后端订单id */
  orderId?: string;
  /** 订单类型 */
  orderType?: string;
  /** 仓库名称 */
  warehouseName?: string;
  /** 单据总行数(当单据需要分多个请求发送时;发送方需要将totalOrderLines填入;接收方收到后;根据实际接收到的 条数和 totalOrderLines进行比对;如果小于;则继续等待接收请求。如果等于;则表示该单据的所有请求发送完 成) */
  totalOrderLines?: Int64Input;
  /** 入库单号 */
  entryOrderCode: string;
  /** 货主编码 */
  ownerCode: string;
  /** 采购单号(当orderType=CGRK时使用) */
  purchaseOrderCode?: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 仓储系统入库单ID */
  entryOrderId?: string;
  /** 入库单类型(SCRK=生产入库;LYRK=领用入库;CCRK=残次品入库;CGRK=采购入库;DBRK=调拨入库;QTRK=其他入 库;B2BRK=B2B入库) */
  entryOrderType?: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请求 不会被重复处理) */
  outBizCode: string;
  /** 支持出入库单多次收货(多次收货后确认时:0:表示入库单最终状态确认;1:表示入库单中间状态确认;每次入库传入的数量为增 量;特殊情况;同一入库单;如果先收到0;后又收到1;允许修改收货的数量) */
  confirmType?: Int64Input;
  /** 入库单状态(NEW-未开始处理;ACCEPT-仓库接单;PARTFULFILLED-部分收货完成;FULFILLED-收货完成;EXCEPTION-异 常;CANCELED-取消;CLOSED-关闭;REJECT-拒单;CANCELEDFAIL-取消失败;只传英文编码) */
  status: string;
  /** 操作时间(YYYY-MM-DD HH:MM:SS;当status=FULFILLED;operateTime为入库时间) */
  operateTime?: string;
  /** 备注 */
  remark?: string;
  /** 邮费 */
  freight?: string;
  /** 入库单确认的其他入库子类型，用于entryOrderType设置为其他入库时设置 */
  subOrderType?: string;
  /** 该笔入库单的费用承担部门或责任部门 */
  responsibleDepartment?: string;
  /** 店铺名称 */
  shopNick: string;
  /** 店铺编码 */
  shopCode: string;
}

/** `OrderLine` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmOrderLineInput {
  /** 外部业务编码(消息ID;用于去重;当单据需要分批次发送时使用) */
  outBizCode?: string;
  /** 入库单的行号 */
  orderLineNo?: string;
  /** 货主编码 */
  ownerCode: string;
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 商品名称 */
  itemName?: string;
  /** 应收商品数量 */
  planQty: Int64Input;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;默认为ZP) */
  inventoryType?: string;
  /** 实收数量 */
  actualQty: Int64Input;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 批次编码 */
  batchCode?: string;
  /** 批次信息 */
  batchs?: TaobaoQimenEntryorderConfirmBatchInput[];
  /** 备注 */
  remark?: string;
  /** 单位 */
  unit?: string;
  /** sn列表 */
  snList?: TaobaoQimenEntryorderConfirmSnListInput;
}

/** `Batch` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmBatchInput {
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS= 箱损;默认为ZP;) */
  inventoryType?: string;
  /** 实收数量(要求batchs节点下所有的实收数量之和等于orderline中的实收数量) */
  actualQty?: Int64Input;
}

/** `SnList` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmSnListInput {
  /** sn编码 */
  sn?: string[];
}

/** `TotalOrder` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmTotalOrderInput {
  /** 备注 */
  remark?: string;
  /** 实收数量 */
  actualQty?: string;
  /** 商品名称 */
  itemName?: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 商品编码 */
  itemCode?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 单据行号 */
  orderLineNo?: string;
}

/** `Response` of `taobao.qimen.entryorder.confirm`. */
export interface TaobaoQimenEntryorderConfirmResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    entryOrder: {
      orderCode: 'String',
      orderId: 'String',
      orderType: 'String',
      warehouseName: 'String',
      totalOrderLines: 'Number',
      entryOrderCode: 'String',
      ownerCode: 'String',
      purchaseOrderCode: 'String',
      warehouseCode: 'String',
      entryOrderId: 'String',
      entryOrderType: 'String',
      outBizCode: 'String',
      confirmType: 'Number',
      status: 'String',
      operateTime: 'String',
      remark: 'String',
      freight: 'String',
      subOrderType: 'String',
      responsibleDepartment: 'String',
      shopNick: 'String',
      shopCode: 'String',
    },
    orderLines: [
      {
        outBizCode: 'String',
        orderLineNo: 'String',
        ownerCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        itemName: 'String',
        planQty: 'Number',
        inventoryType: 'String',
        actualQty: 'Number',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        batchCode: 'String',
        batchs: [
          {
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
            produceCode: 'String',
            inventoryType: 'String',
            actualQty: 'Number',
          },
        ],
        remark: 'String',
        unit: 'String',
        snList: {
          sn: ['String'],
        },
      },
    ],
    extendProps: 'Json',
    totalOrders: [
      {
        remark: 'String',
        actualQty: 'String',
        itemName: 'String',
        itemId: 'String',
        itemCode: 'String',
        ownerCode: 'String',
        orderLineNo: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.entryorder.confirm`: method, response root, request and response schemas. */
export const taobaoQimenEntryorderConfirmOperation = {
  method: 'taobao.qimen.entryorder.confirm',
  responseRoot: 'qimen_entryorder_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 入库单确认接口 — calls TOP method `taobao.qimen.entryorder.confirm`.
 *
 * WMS调用接口，回传入库单信息;
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenEntryorderConfirm(
  client: TopClient,
  request: TaobaoQimenEntryorderConfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenEntryorderConfirmResponse> {
  return client.call<TaobaoQimenEntryorderConfirmResponse>(
    {
      method: 'taobao.qimen.entryorder.confirm',
      responseRoot: 'qimen_entryorder_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
